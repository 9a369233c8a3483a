package org.aftersales.domain.customers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.aftersales.domain.customers.warranty.ProductUse;
import org.aftersales.domain.shared.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** C3, M1, issue 10.7: a reading cannot exceed what the product can have run since its factory date. */
class OperatingHoursTest {

    private static final LocalDate FACTORY = LocalDate.of(2026, 1, 1);

    private static InstalledProduct product() {
        Customer customer = new Customer("测试", CustomerType.INDUSTRIAL, "13800000000", "北京", "朝阳区");
        return new InstalledProduct(customer, "SN-HOURS", "KFR-35", ProductUse.INDUSTRIAL, FACTORY);
    }

    private static String outcome(InstalledProduct product, long hours, LocalDate readOn) {
        try {
            product.readHours(hours, readOn);
            return "ok";
        } catch (RuleViolationException e) {
            return e.errors().get(0).field() + ":" + e.errors().get(0).messageKey();
        }
    }

    @ParameterizedTest(name = "{0} h on {1} → {2}")
    @CsvSource({
        "0, 2026-01-01, ok",
        "24, 2026-01-01, ok",
        "25, 2026-01-01, hours:validation.hoursImplausible",
        "240, 2026-01-10, ok",
        "241, 2026-01-10, hours:validation.hoursImplausible",
        "8760, 2026-12-31, ok",
        "99999999, 2026-12-31, hours:validation.hoursImplausible",
        "-1, 2026-06-01, hours:validation.notNegative",
        "10, 2025-12-31, readOn:validation.readBeforeFactory",
    })
    void aReadingIsAtMostRoundTheClockSinceTheFactoryDay(long hours, LocalDate readOn, String expected) {
        assertEquals(expected, outcome(product(), hours, readOn));
    }

    @Test
    void possibleHoursCountTheFactoryDay() {
        assertEquals(24, InstalledProduct.possibleHours(FACTORY, FACTORY));
        assertEquals(48, InstalledProduct.possibleHours(FACTORY, FACTORY.plusDays(1)));
        assertEquals(0, InstalledProduct.possibleHours(FACTORY, FACTORY.minusDays(5)));
    }

    @Test
    void readingsOnlyGoUp() {
        InstalledProduct product = product();
        product.readHours(1000, LocalDate.of(2026, 3, 1));
        assertEquals("hours:validation.hoursGoUp", outcome(product, 999, LocalDate.of(2026, 3, 2)));
        assertEquals("ok", outcome(product, 1000, LocalDate.of(2026, 3, 2)));
        assertEquals(1000L, product.getOperatingHours());
    }

    @Test
    void anImpossibleEarlierReadingDoesNotBlockTrueOnes() {
        InstalledProduct product = product();
        // stored before the rule existed: more hours than a year has
        product.readHours(24, FACTORY);
        setHours(product, 999_999L);
        assertEquals("ok", outcome(product, 1500, LocalDate.of(2026, 4, 1)));
        assertEquals(1500L, product.getOperatingHours());
        assertThrows(RuleViolationException.class, () -> product.readHours(1400, LocalDate.of(2026, 4, 2)));
    }

    private static void setHours(InstalledProduct product, long hours) {
        try {
            var field = InstalledProduct.class.getDeclaredField("operatingHours");
            field.setAccessible(true);
            field.set(product, hours);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
