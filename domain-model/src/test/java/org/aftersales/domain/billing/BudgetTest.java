package org.aftersales.domain.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.aftersales.domain.shared.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** B5: a department's budget — its amount, what remains, and each warning given once. */
class BudgetTest {

    private static final Instant NOW = Instant.parse("2026-12-06T02:00:00Z");

    private static Budget budget(String amount) {
        Budget b = new Budget("YX", 2026);
        b.set(new BigDecimal(amount), null, null, "yx.jingli", BigDecimal.ZERO, 80, "finance", NOW);
        return b;
    }

    @ParameterizedTest(name = "{0} % of {1} → {2}")
    @CsvSource({"1, 1000000.00, 10000.00", "1.5, 333333.33, 5000.00", "0.25, 1234.56, 3.09", "0, 500.00, 0.00"})
    void aShareOfTheOutputValue(BigDecimal percent, BigDecimal output, BigDecimal expected) {
        Budget b = new Budget("YX", 2026);
        b.set(null, output, percent, null, BigDecimal.ZERO, 80, "finance", NOW);
        assertEquals(expected, b.budget());
        assertEquals(expected.subtract(new BigDecimal("1.00")), b.remaining(new BigDecimal("1.00")));
    }

    @ParameterizedTest(name = "spent {0} of 1000.00 in turn → warnings {1}")
    @CsvSource({
        "500.00|799.99, ''",
        "800.00, WARNING",
        "500.00|850.00|900.00, WARNING",
        "850.00|1000.00|1200.00, WARNING EXHAUSTED",
        "1000.00, WARNING EXHAUSTED",
        "0.00|2000.00|2500.00, WARNING EXHAUSTED"
    })
    void eachWarningIsGivenOnceWhenItsShareIsFirstReached(String spentInTurn, String expected) {
        Budget b = budget("1000.00");
        List<String> given = new ArrayList<>();
        for (String s : spentInTurn.split("\\|")) {
            b.reached(new BigDecimal(s), 80).forEach(l -> given.add(l.name()));
        }
        assertEquals(expected, String.join(" ", given));
    }

    @Test
    void aRaisedBudgetMayWarnAgainButOnlyOnce() {
        Budget b = budget("1000.00");
        assertEquals(List.of(BudgetLevel.WARNING), b.reached(new BigDecimal("850.00"), 80));
        b.set(new BigDecimal("2000.00"), null, null, null, new BigDecimal("850.00"), 80, "finance", NOW);
        assertEquals(List.of(), b.reached(new BigDecimal("1000.00"), 80));
        assertEquals(List.of(BudgetLevel.WARNING), b.reached(new BigDecimal("1600.00"), 80));
        assertEquals(List.of(), b.reached(new BigDecimal("1700.00"), 80));
    }

    @Test
    void nothingSpentWarnsNotEvenOfAZeroBudget() {
        Budget b = budget("0.00");
        assertEquals(List.of(), b.reached(BigDecimal.ZERO, 80));
        assertNull(b.percentSpent(BigDecimal.ZERO));
        assertEquals(List.of(BudgetLevel.WARNING, BudgetLevel.EXHAUSTED), b.reached(new BigDecimal("0.01"), 80));
    }

    @Test
    void theWarningShareIsASetting() {
        Budget b = budget("1000.00");
        assertEquals(List.of(), b.reached(new BigDecimal("850.00"), 90));
        assertEquals(List.of(BudgetLevel.WARNING), b.reached(new BigDecimal("900.00"), 90));
        assertEquals(90, b.percentSpent(new BigDecimal("900.00")));
    }

    @ParameterizedTest(name = "amount {0}, output {1}, percent {2} → 422")
    @CsvSource(
            nullValues = "none",
            value = {
                "none, none, none",
                "100.00, 1000.00, 1",
                "none, 1000.00, none",
                "none, none, 1",
                "-1.00, none, none",
                "none, 1000.00, 101"
            })
    void eitherAnAmountOrAShareOfTheOutputValue(BigDecimal amount, BigDecimal output, BigDecimal percent) {
        Budget b = new Budget("YX", 2026);
        assertThrows(
                RuleViolationException.class,
                () -> b.set(amount, output, percent, null, BigDecimal.ZERO, 80, "finance", NOW));
    }
}
