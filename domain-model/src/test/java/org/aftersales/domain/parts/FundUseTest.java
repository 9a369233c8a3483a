package org.aftersales.domain.parts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.aftersales.domain.shared.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** P6 (SH/BD-06 资金使用情况): 下月初可用款 = 资金定额 − 月末库存. */
class FundUseTest {

    @ParameterizedTest(name = "quota {0}, month-end stock {1} → available {2}")
    @CsvSource({
        "50000, 32000.50, 17999.50",
        "50000.00, 50000, 0.00",
        "10000, 12345.67, -2345.67", // the stock ties up more than the quota
        "0, 0, 0.00",
        "1000, , 1000.00", // no ledger: no stock
        "100.005, 0.004, 100.01" // both to the cent half-up
    })
    void availableNextMonthIsQuotaLessMonthEndStock(String quota, String stock, String available) {
        FundUse use = new FundUse(new BigDecimal(quota), stock == null ? null : new BigDecimal(stock));
        assertEquals(new BigDecimal(available), use.availableNextMonth());
    }

    @Test
    void withoutAQuotaNothingIsAvailable() {
        assertNull(new FundUse(null, new BigDecimal("5")).availableNextMonth());
    }

    @Test
    void aQuotaIsNotNegative() {
        assertThrows(RuleViolationException.class, () -> new FundQuota("BJ", new BigDecimal("-0.01")));
        assertThrows(RuleViolationException.class, () -> new FundQuota("BJ", null));
        assertEquals(new BigDecimal("12.35"), new FundQuota("BJ", new BigDecimal("12.345")).getAmount());
    }
}
