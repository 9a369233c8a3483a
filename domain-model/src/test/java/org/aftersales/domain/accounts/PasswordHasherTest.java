package org.aftersales.domain.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordHasherTest {

    private final PasswordHasher fast = new PasswordHasher(1_000);

    @Test
    void verifiesTheRightPasswordAndRejectsAWrongOne() {
        String hash = fast.hash("a long secret".toCharArray());
        assertTrue(fast.verify("a long secret".toCharArray(), hash));
        assertFalse(fast.verify("a long secreT".toCharArray(), hash));
    }

    @Test
    void saltsEveryHash() {
        assertNotEquals(fast.hash("same".toCharArray()), fast.hash("same".toCharArray()));
    }

    @Test
    void defaultIsOwaspsSixHundredThousandIterationsOfHmacSha256() {
        String hash = new PasswordHasher(PasswordHasher.DEFAULT_ITERATIONS).hash("x".toCharArray());
        String[] parts = hash.split(":");
        assertEquals("PBKDF2WithHmacSHA256", parts[0]);
        assertEquals("600000", parts[1]);
        assertEquals(32, java.util.Base64.getDecoder().decode(parts[3]).length, "256-bit derived key");
    }

    @Test
    void aHashKeepsItsIterationCountSoRaisingItLaterStillVerifiesOldHashes() {
        String old = fast.hash("pw".toCharArray());
        PasswordHasher stronger = new PasswordHasher(2_000);
        assertTrue(stronger.verify("pw".toCharArray(), old));
        assertTrue(stronger.needsRehash(old));
        assertFalse(fast.needsRehash(old));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(
            strings = {
                "",
                "garbage",
                "MD5:1000:abc:def",
                "PBKDF2WithHmacSHA256:x:abc:def",
                "PBKDF2WithHmacSHA256:1000:%%%:def"
            })
    void malformedStoredValuesNeverVerify(String stored) {
        assertFalse(fast.verify("pw".toCharArray(), stored));
    }
}
