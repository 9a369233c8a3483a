package org.aftersales.domain.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.aftersales.domain.shared.ConflictException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Q5: the survey's token, its one answer before expiry, and when an answer opens a complaint. */
class SurveyTest {

    private static final Instant CLOSED = Instant.parse("2026-12-01T02:00:00Z");

    @ParameterizedTest(name = "score {0}, {1}, at most {2} → complaint {3}")
    @CsvSource({
        "1,  SATISFIED,        6, true",
        "6,  SATISFIED,        6, true",
        "7,  SATISFIED,        6, false",
        "10, SATISFIED,        6, false",
        "9,  FAIRLY_SATISFIED, 6, false",
        "9,  DISSATISFIED,     6, true",
        "10, DISSATISFIED,     6, true",
        "7,  FAIRLY_SATISFIED, 7, true",
        "5,  FAIRLY_SATISFIED, 0, false"
    })
    void aLowScoreOrDissatisfiedOpensAComplaint(int score, SatisfactionLevel level, int atMost, boolean opens) {
        assertEquals(opens, Survey.opensComplaint(score, level, atMost));
    }

    @Test
    void theThreeLevelScaleIsWorth100_90_80() {
        assertEquals(100, SatisfactionLevel.SATISFIED.points());
        assertEquals(90, SatisfactionLevel.FAIRLY_SATISFIED.points());
        assertEquals(80, SatisfactionLevel.DISSATISFIED.points());
    }

    @Test
    void aTokenIs256RandomBitsUrlSafe() {
        SecureRandom random = new SecureRandom();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String token = Survey.newToken(random);
            assertEquals(43, token.length());
            assertTrue(token.matches("[A-Za-z0-9_-]+"), token);
            assertEquals(32, Base64.getUrlDecoder().decode(token).length);
            assertTrue(seen.add(token), "never twice");
        }
    }

    @Test
    void itIsAnsweredOnceAndA10SkipsWhyNot() {
        Survey s = survey();
        s.answer(new Survey.Answer(10, "nothing", true, false, SatisfactionLevel.SATISFIED, 5, 4), CLOSED);
        assertTrue(s.isAnswered());
        assertNull(s.getWhyNot());
        assertEquals(10, s.getScore());
        assertEquals(Boolean.FALSE, s.getCalledBack());
        ConflictException e = assertThrows(
                ConflictException.class,
                () -> s.answer(
                        new Survey.Answer(3, "bad", false, false, SatisfactionLevel.DISSATISFIED, 1, 1), CLOSED));
        assertEquals("error.surveyAnswered", e.messageKey());
        assertEquals(10, s.getScore(), "the first answer stays");
    }

    @ParameterizedTest(name = "answered {0} after closing: expired {1}")
    @CsvSource({"PT0S, false", "P29DT23H59M, false", "P30D, true", "P31D, true"})
    void noAnswerAfterItExpired(Duration after, boolean expired) {
        Survey s = survey();
        Survey.Answer a = new Survey.Answer(8, "slow", true, true, SatisfactionLevel.FAIRLY_SATISFIED, 4, 4);
        if (expired) {
            ConflictException e = assertThrows(ConflictException.class, () -> s.answer(a, CLOSED.plus(after)));
            assertEquals("error.surveyExpired", e.messageKey());
            assertNull(s.getScore(), "nothing recorded");
        } else {
            s.answer(a, CLOSED.plus(after));
            assertEquals("slow", s.getWhyNot());
        }
    }

    private static Survey survey() {
        return new Survey("token", "YX-26-12-01", 42L, "SN1", "YX", CLOSED, Duration.ofDays(30));
    }
}
