package org.aftersales.domain.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.aftersales.domain.shared.ConflictException;
import org.aftersales.domain.shared.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** W6 三包: decisions escalate repair → replace → refund, never back, replace and refund once. */
class GuaranteeDecisionTest {

    private static List<GuaranteeDecision> earlier(String text) {
        List<GuaranteeDecision> out = new ArrayList<>();
        if (text != null) {
            for (String r : text.split(" ")) {
                out.add(GuaranteeDecision.next(
                        out, "YX-26-12-01", GuaranteeRemedy.valueOf(r), "理由", "mgr", Instant.EPOCH));
            }
        }
        return out;
    }

    @ParameterizedTest(name = "after [{0}] {1} → allowed {2}")
    @CsvSource(
            nullValues = "-",
            value = {
                "-,              REPAIR,  true",
                "-,              REPLACE, true",
                "-,              REFUND,  true",
                "REPAIR,         REPAIR,  true", // a second repair
                "REPAIR,         REPLACE, true",
                "REPAIR REPLACE, REFUND,  true",
                "REPLACE,        REPAIR,  false", // never back
                "REPLACE,        REPLACE, false", // once
                "REFUND,         REFUND,  false",
                "REFUND,         REPLACE, false",
                "REPAIR REFUND,  REPAIR,  false",
            })
    void order(String before, GuaranteeRemedy remedy, boolean allowed) {
        List<GuaranteeDecision> list = earlier(before);
        if (allowed) {
            GuaranteeDecision d = GuaranteeDecision.next(list, "YX-26-12-01", remedy, " 不满意 ", "mgr", Instant.EPOCH);
            assertEquals(remedy, d.getRemedy());
            assertEquals("不满意", d.getReason());
            assertEquals("mgr", d.getApprovedBy());
        } else {
            assertThrows(
                    ConflictException.class,
                    () -> GuaranteeDecision.next(list, "YX-26-12-01", remedy, "理由", "mgr", Instant.EPOCH));
        }
    }

    @Test
    void aDecisionHasItsReason() {
        assertThrows(
                RuleViolationException.class,
                () -> GuaranteeDecision.next(
                        List.of(), "YX-26-12-01", GuaranteeRemedy.REPAIR, " ", "mgr", Instant.EPOCH));
    }
}
