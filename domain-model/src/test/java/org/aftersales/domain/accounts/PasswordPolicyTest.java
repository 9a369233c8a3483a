package org.aftersales.domain.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.aftersales.domain.accounts.PasswordPolicy.Weakness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordPolicyTest {

    private static final PasswordPolicy POLICY = new PasswordPolicy(10, 3);

    private static Optional<Weakness> judge(String password, String username) {
        return POLICY.weakness(password == null ? null : password.toCharArray(), username, "李四");
    }

    @ParameterizedTest(name = "\"{0}\" for {1} → {2}")
    @CsvSource(
            nullValues = "NONE",
            value = {
                // the commonest and breached-looking ones (zxcvbn's dictionaries and our Chinese list)
                "password123!, li.si, TOO_COMMON",
                "Password1234, li.si, TOO_COMMON",
                "qwertyuiop12, li.si, TOO_COMMON",
                "1qaz2wsx3edc, li.si, TOO_COMMON",
                "iloveyou1314, li.si, TOO_COMMON",
                "woaini1314520, li.si, TOO_COMMON",
                "aftersales2026, li.si, TOO_COMMON",
                "zhangwei123456, li.si, TOO_COMMON",
                "aaaaaaaaaaaaaaaa, li.si, TOO_COMMON",
                "abcdefghijklmn, li.si, TOO_COMMON",
                // length
                "short, li.si, TOO_SHORT",
                "Xq7#mKp2, li.si, TOO_SHORT",
                "' ', li.si, MISSING",
                "'', li.si, MISSING",
                // the username in it, forwards or backwards, whatever the punctuation
                "li.si.dispatch.2026!, li.si, LIKE_USERNAME",
                "wang.tech-Rocket42, wang.tech, LIKE_USERNAME",
                "hcetgnaw-Rocket42, wang.tech, LIKE_USERNAME",
                // good ones
                "correct horse battery, li.si, NONE",
                "stock it secret, li.si, NONE",
                "风扇电机-冷凝器-2026, li.si, NONE",
                "Vq8!rLm3#tZp, li.si, NONE",
                "ab.Rocket-Mango-42, ab, NONE", // a username too short to judge by
            })
    void refusesWhatIsCommonShortOrLikeTheUsername(String password, String username, Weakness expected) {
        assertEquals(Optional.ofNullable(expected), judge(password, username));
    }

    @Test
    void atMost128Characters() {
        String ok = "Vq8!rLm3#tZp".repeat(11).substring(0, 128);
        assertEquals(Optional.empty(), judge(ok, "li.si"));
        assertEquals(Optional.of(Weakness.TOO_LONG), judge(ok + "x", "li.si"));
        assertEquals(Optional.of(Weakness.TOO_LONG), judge("a".repeat(10_000), "li.si"), "before any estimate");
        String chinese = "冷".repeat(128); // characters, not UTF-16 units or bytes
        assertEquals(Optional.of(Weakness.TOO_LONG), judge(chinese + "冷", "li.si"));
    }

    @Test
    void nullIsMissing() {
        assertEquals(Optional.of(Weakness.MISSING), judge(null, "li.si"));
    }

    @ParameterizedTest(name = "min length {0}, score {1}: \"{2}\" → {3}")
    @CsvSource(
            nullValues = "NONE",
            value = {
                "12, 3, stock it secret, NONE",
                "16, 3, stock it secret, TOO_SHORT",
                "10, 0, password123!, NONE",
                "10, 4, stock it secret, TOO_COMMON",
                "0, 3, Vq8!rLm3#tZp, NONE",
            })
    void theSettingsDecideLengthAndScore(int minLength, int minScore, String password, Weakness expected) {
        assertEquals(
                Optional.ofNullable(expected),
                new PasswordPolicy(minLength, minScore).weakness(password.toCharArray(), "li.si", null));
    }
}
