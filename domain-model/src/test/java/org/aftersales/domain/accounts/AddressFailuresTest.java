package org.aftersales.domain.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AddressFailuresTest {

    private static final Instant T0 = Instant.parse("2026-11-26T01:00:00Z");

    @ParameterizedTest(name = "max {0} in {1} s, failures every {2} s, {3} of them → blocked {4}")
    @CsvSource({
        "3, 60, 1, 3, false",
        "3, 60, 1, 4, true",
        "3, 60, 19, 4, true", // four within 57 s
        "3, 60, 20, 4, false", // the first has left the window when the fourth comes
        "3, 60, 30, 4, false",
        "3, 60, 60, 10, false",
        "0, 60, 1, 100, false", // off
        "1, 600, 1, 2, true",
    })
    void tooManyFailuresWithinTheWindowBlock(int max, long window, long every, int failures, boolean blocked) {
        ThrottlePolicy policy = ThrottlePolicy.of(max, window, 300);
        AddressFailures address = new AddressFailures();
        Optional<Instant> started = Optional.empty();
        Instant at = T0;
        for (int i = 0; i < failures; i++) {
            at = T0.plusSeconds(i * every);
            Optional<Instant> now = address.recordFailure(policy, at);
            if (now.isPresent()) {
                started = now;
            }
        }
        assertEquals(blocked, started.isPresent());
        assertEquals(blocked, address.blockedUntil(at).isPresent());
    }

    @Test
    void aBlockEndsByItselfAndAttemptsDuringItAreNotCounted() {
        ThrottlePolicy policy = ThrottlePolicy.of(2, 600, 300);
        AddressFailures address = new AddressFailures();
        address.recordFailure(policy, T0);
        address.recordFailure(policy, T0);
        assertEquals(Optional.of(T0.plusSeconds(301)), address.recordFailure(policy, T0.plusSeconds(1)));
        assertEquals(Optional.empty(), address.recordFailure(policy, T0.plusSeconds(100)), "not counted");
        assertTrue(address.blockedUntil(T0.plusSeconds(300)).isPresent());
        assertFalse(address.blockedUntil(T0.plusSeconds(301)).isPresent(), "over");
        assertEquals(0, address.failuresInWindow(policy, T0.plusSeconds(301)), "starts afresh");
        assertTrue(address.isIdle(policy, T0.plusSeconds(301)));
        assertEquals(Optional.empty(), address.recordFailure(policy, T0.plusSeconds(302)));
    }
}
