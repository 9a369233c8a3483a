package org.aftersales.domain.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.aftersales.domain.shared.ConflictException;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.RuleViolationException;
import org.aftersales.domain.tickets.FaultLevel;
import org.aftersales.domain.tickets.ServiceKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** B1: a fee schedule's terms, its travel bands and its approval. */
class FeeScheduleTest {

    private static FeeSchedule.Terms terms(String tax, String markup, List<TravelBand> bands, List<LabourRate> rates) {
        return new FeeSchedule.Terms(
                LocalDate.of(2027, 1, 1),
                tax == null ? null : new BigDecimal(tax),
                markup == null ? null : new BigDecimal(markup),
                new BigDecimal("30.00"),
                new BigDecimal("30.00"),
                rates,
                bands);
    }

    private static final List<LabourRate> RATES =
            List.of(new LabourRate(ServiceKind.ONSITE_REPAIR, FaultLevel.GENERAL, new BigDecimal("80.00")));
    private static final List<TravelBand> BANDS =
            List.of(new TravelBand(50, new BigDecimal("60.00")), new TravelBand(10, new BigDecimal("20.00")));

    private static FeeSchedule schedule() {
        return new FeeSchedule(2, terms("0.06", "0.40", BANDS, RATES));
    }

    @ParameterizedTest(name = "{0} km → {1}")
    @CsvSource({", 0.00", "0, 0.00", "1, 20.00", "10, 20.00", "11, 60.00", "50, 60.00", "51, 60.00", "500, 60.00"})
    void theTravelFeeIsTheFirstBandThatReachesTheDistance(Integer km, String fee) {
        assertEquals(new BigDecimal(fee), schedule().travelFee(km));
    }

    @Test
    void theLabourRateIsPerServiceKindAndFaultLevel() {
        FeeSchedule s = schedule();
        assertEquals(
                new BigDecimal("80.00"),
                s.labourRate(ServiceKind.ONSITE_REPAIR, FaultLevel.GENERAL).orElseThrow());
        assertTrue(s.labourRate(ServiceKind.ONSITE_REPAIR, FaultLevel.MAJOR).isEmpty());
    }

    @ParameterizedTest(name = "tax {0}, markup {1} → error on {2}")
    @CsvSource({
        "-0.01, 0.40, taxRate",
        "1.01, 0.40, taxRate",
        ", 0.40, taxRate",
        "0.06, -0.1, markup",
        "0.06, 5.01, markup"
    })
    void ratesOutsideTheirRangeAreRefused(String tax, String markup, String field) {
        List<FieldError> errors = FeeSchedule.check(terms(tax, markup, BANDS, RATES));
        assertEquals(List.of(field), errors.stream().map(FieldError::field).toList());
    }

    @Test
    void oneRatePerKindAndLevelAndDistinctBands() {
        List<FieldError> errors = FeeSchedule.check(terms(
                "0.06",
                "0.40",
                List.of(
                        new TravelBand(10, BigDecimal.ONE),
                        new TravelBand(10, BigDecimal.TEN),
                        new TravelBand(0, BigDecimal.ONE)),
                List.of(RATES.get(0), RATES.get(0))));
        assertEquals(
                List.of("labourRates[1]", "travelBands[1].upToKm", "travelBands[2].upToKm"),
                errors.stream().map(FieldError::field).toList());
        assertTrue(FeeSchedule.check(terms("0.06", "0.40", BANDS, List.of())).stream()
                .anyMatch(e -> e.field().equals("labourRates")));
    }

    @Test
    void aNewVersionAwaitsApprovalAndOnceApprovedNeverChanges() {
        FeeSchedule s = schedule();
        assertEquals(FeeScheduleState.AWAITING_APPROVAL, s.getState());
        assertEquals(
                List.of(10, 50),
                s.getTravelBands().stream().map(TravelBand::getUpToKm).toList());
        s.approve("jingli", Instant.parse("2026-12-01T00:00:00Z"));
        assertEquals(FeeScheduleState.APPROVED, s.getState());
        assertThrows(ConflictException.class, () -> s.revise(terms("0.06", "0.40", BANDS, RATES)));
        assertThrows(ConflictException.class, () -> s.approve("jingli", Instant.now()));
    }

    @Test
    void aRejectedVersionMayBeRevisedAndGoesForApprovalAgain() {
        FeeSchedule s = schedule();
        s.reject("太高", "jingli", Instant.parse("2026-12-01T00:00:00Z"));
        assertEquals(FeeScheduleState.REJECTED, s.getState());
        s.revise(terms("0.06", "0.35", BANDS, RATES));
        assertEquals(FeeScheduleState.AWAITING_APPROVAL, s.getState());
        assertEquals(new BigDecimal("0.35"), s.getMarkup());
    }

    @Test
    void aVersionIsPositive() {
        assertThrows(RuleViolationException.class, () -> new FeeSchedule(0, terms("0.06", "0.40", BANDS, RATES)));
    }
}
