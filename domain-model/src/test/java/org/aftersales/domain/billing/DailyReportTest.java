package org.aftersales.domain.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.aftersales.domain.parts.MovementType;
import org.aftersales.domain.parts.StockValueDay;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** B7: the arithmetic of the daily economic accounting report (经济核算日报). */
class DailyReportTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @ParameterizedTest(name = "{0}: month from {1}, day {2} – {3}")
    @CsvSource({
        "2026-12-05, 2026-11-30T16:00:00Z, 2026-12-04T16:00:00Z, 2026-12-05T16:00:00Z",
        // the first of the month: the month to date is the day itself
        "2026-12-01, 2026-11-30T16:00:00Z, 2026-11-30T16:00:00Z, 2026-12-01T16:00:00Z",
        // the last day of a leap February
        "2028-02-29, 2028-01-31T16:00:00Z, 2028-02-28T16:00:00Z, 2028-02-29T16:00:00Z",
        "2026-12-31, 2026-11-30T16:00:00Z, 2026-12-30T16:00:00Z, 2026-12-31T16:00:00Z"
    })
    void periodIsTheDayAndTheMonthToDateInTheZone(String day, String monthStart, String dayStart, String dayEnd) {
        ReportPeriod p = ReportPeriod.of(LocalDate.parse(day), SHANGHAI);
        assertEquals(Instant.parse(monthStart), p.monthStart());
        assertEquals(Instant.parse(dayStart), p.dayStart());
        assertEquals(Instant.parse(dayEnd), p.dayEnd());
    }

    @ParameterizedTest(name = "before {0} + day {1} → day {2}, month to date {3}")
    @CsvSource({
        "100.00, 23.45, 23.45, 123.45",
        ", 10, 10.00, 10.00", // nothing before the day (the first of the month)
        "99.99, , 0.00, 99.99", // nothing on the day
        ", , 0.00, 0.00",
        "0.005, 0.004, 0.00, 0.01" // each sum to the cent half-up first
    })
    void monthToDateIsTheMonthBeforeTheDayPlusTheDay(
            String before, String day, String expectedDay, String expectedMonth) {
        DayAndMonth f = DayAndMonth.of(money(before), money(day));
        assertEquals(new BigDecimal(expectedDay), f.day());
        assertEquals(new BigDecimal(expectedMonth), f.monthToDate());
    }

    @Test
    void stockTodayIsYesterdayPlusReceiptsLessIssues() {
        StockValueDay stock = new StockValueDay(
                "BJ",
                new BigDecimal("1000.00"),
                Map.of(
                        MovementType.RECEIPT, new BigDecimal("200.10"),
                        MovementType.TRANSFER_IN, new BigDecimal("50"),
                        MovementType.ISSUE, new BigDecimal("80.05"),
                        MovementType.SALE, new BigDecimal("19.95"),
                        MovementType.ADJUSTMENT_LOSS, new BigDecimal("0.10")),
                Map.of(MovementType.RECEIPT, new BigDecimal("500")));
        assertEquals(new BigDecimal("1150.00"), stock.today());
        assertEquals(new BigDecimal("0.00"), stock.today(MovementType.TRANSFER_OUT));
        assertEquals(new BigDecimal("500.00"), stock.monthToDate(MovementType.RECEIPT));
        assertEquals(
                new BigDecimal("70.00"),
                StockValueDay.valueOf(
                        Map.of(MovementType.RECEIPT, new BigDecimal("100"), MovementType.ISSUE, new BigDecimal("30"))));
    }

    @Test
    void netReceiptsAndCostTotal() {
        DailyReport r = new DailyReport(
                "YX",
                null,
                LocalDate.of(2026, 12, 5),
                DayAndMonth.of(new BigDecimal("300"), new BigDecimal("197.20")),
                DayAndMonth.of(BigDecimal.ZERO, new BigDecimal("20")),
                DayAndMonth.of(new BigDecimal("500"), new BigDecimal("197.20")),
                Map.of(
                        CostCategory.PARTS, DayAndMonth.of(new BigDecimal("10"), new BigDecimal("123.45")),
                        CostCategory.TRAVEL_ALLOWANCE, DayAndMonth.of(null, new BigDecimal("10.00")),
                        CostCategory.FREIGHT, DayAndMonth.of(null, new BigDecimal("7.41"))),
                new StockValueDay("BJ", BigDecimal.ZERO, Map.of(), Map.of()),
                null,
                null);
        assertEquals(new DayAndMonth(new BigDecimal("177.20"), new BigDecimal("477.20")), r.netReceipts());
        // B5: the booked categories add up: 123.45 + 10.00 + 7.41 = 140.86 of the day
        assertEquals(new DayAndMonth(new BigDecimal("140.86"), new BigDecimal("150.86")), r.costTotal());
        assertEquals(DayAndMonth.ZERO, r.cost(CostCategory.LABOUR));
        assertEquals(
                java.util.List.of(CostCategory.values()),
                java.util.List.copyOf(r.costs().keySet()));
        assertEquals(DayAndMonth.ZERO, r.overShort(), "no slips: nothing over or short");
        assertEquals(null, r.quotas().expenseRemaining(), "no quota entered");
        assertEquals(null, r.quotas().fundAvailable(), "no fund quota");
    }

    @ParameterizedTest(name = "expense quota {0}, used {1} → remaining {2}; fund quota {3}, stock {4} → available {5}")
    @CsvSource({
        "1000, 250.50, 749.50, 5000, 4200.10, 799.90",
        "200, 260.00, -60.00, 100, 130, -30.00", // over either quota: negative
        ", 10.00, , , 700, " // none set: nothing remains or is available
    })
    void theQuotaBlockIsQuotaLessUse( // B7 定额
            String expenseQuota, String used, String remaining, String fundQuota, String stock, String available) {
        DailyReport.Quotas q = new DailyReport.Quotas(
                money(expenseQuota), DayAndMonth.of(null, money(used)), money(fundQuota), money(stock));
        assertEquals(money(remaining), q.expenseRemaining());
        assertEquals(money(available), q.fundAvailable());
    }

    @Test
    void aPeriodEndsAfterItStarts() {
        Instant t = Instant.parse("2026-12-05T00:00:00Z");
        assertThrows(IllegalArgumentException.class, () -> new ReportPeriod(LocalDate.of(2026, 12, 5), t, t, t));
    }

    @Test
    void marginIsChargeLessCost() {
        TicketMargin warranty =
                new TicketMargin("YX-26-12-01", null, Payer.WARRANTY, null, new BigDecimal("140.86"), null);
        assertEquals(new BigDecimal("-140.86"), warranty.margin());
        assertEquals(
                new BigDecimal("56.34"),
                warranty.charged(new BigDecimal("197.20")).margin());
    }

    private static BigDecimal money(String text) {
        return text == null ? null : new BigDecimal(text);
    }
}
