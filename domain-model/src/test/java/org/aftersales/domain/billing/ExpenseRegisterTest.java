package org.aftersales.domain.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExpenseRegisterTest {

    private static final YearMonth DEC = YearMonth.of(2026, 12);

    @ParameterizedTest
    @CsvSource(
            nullValues = "-",
            value = {
                // quota, spent, remaining, over
                "5000.00, 1200.00, 3800.00, false",
                "5000.00, 5000.00, 0.00, false",
                "5000.00, 5000.01, -0.01, true",
                "-, 10.00, -10.00, true",
                "100.00, -, 100.00, false"
            })
    void remainingIsTheQuotaLessWhatApprovedClaimsSpent(String quota, String spent, String remaining, boolean over) {
        ExpenseRegister r = ExpenseRegister.of(
                "SC",
                DEC,
                quota == null ? null : new BigDecimal(quota),
                spent == null ? null : new BigDecimal(spent),
                null);
        assertEquals(new BigDecimal(remaining), r.remaining());
        assertEquals(over, r.over());
        assertEquals(BigDecimal.ZERO.setScale(2), r.pending());
    }

    @Test
    void theMonthHasARowPerDepartmentWithAQuotaOrAClaim() {
        List<ExpenseRegister> rows = ExpenseRegister.of(
                DEC,
                Map.of("SC", new BigDecimal("1000")),
                Map.of("YX", new BigDecimal("20.5")),
                Map.of("SC", new BigDecimal("300"), "AB", new BigDecimal("1")));
        assertEquals(
                List.of("AB", "SC", "YX"),
                rows.stream().map(ExpenseRegister::department).toList());
        ExpenseRegister sc = rows.get(1);
        assertEquals(new BigDecimal("1000.00"), sc.quota());
        assertEquals(new BigDecimal("0.00"), sc.spent());
        assertEquals(new BigDecimal("300.00"), sc.pending());
        assertEquals(new BigDecimal("1000.00"), sc.remaining());
        assertFalse(sc.over());
        assertTrue(rows.get(2).over());
    }
}
