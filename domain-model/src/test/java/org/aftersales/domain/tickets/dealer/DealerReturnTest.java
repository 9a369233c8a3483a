package org.aftersales.domain.tickets.dealer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** T7: the dealer return (产品售后管理表) — the dealer's part, then each stage in turn, the due date. */
class DealerReturnTest {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    private static final Turnarounds DEFAULT = Turnarounds.parse(Turnarounds.DEFAULT);
    private static final Instant RECEIVED = Instant.parse("2026-11-21T02:00:00Z"); // 10:00 in China

    private static DealerReturn.DealerEntry entry(Arrival arrival, String tracking, Integer days) {
        return new DealerReturn.DealerEntry(
                7L,
                "华联电器商行",
                LocalDate.of(2026, 11, 18),
                "KFR-35GW",
                "白",
                "SN-DR-0001",
                LocalDate.of(2026, 10, 1),
                "顾客反映不制冷",
                arrival,
                "顺丰",
                tracking,
                WantedHandling.REPAIR_AND_RETURN,
                days);
    }

    private static DealerReturn registered() {
        return new DealerReturn(
                "YX-26-11-01", "YX", "YX-26-11-02", entry(Arrival.COURIER, "SF1234567890", 5), DEFAULT, TODAY);
    }

    private static DealerReturn.ReceivingCheck check(FunctionCheck function, String note) {
        return new DealerReturn.ReceivingCheck(RECEIVED, Appearance.SCRATCHED, function, note, "遥控器", null);
    }

    /** Brings a new return to {@code stage} through the stages before it. */
    private static DealerReturn at(DealerReturnStage stage) {
        DealerReturn r = registered();
        Instant at = RECEIVED;
        for (DealerReturnStage s = DealerReturnStage.REGISTERED; s != stage; s = s.next()) {
            at = at.plusSeconds(3600);
            apply(r, s.next(), at);
        }
        return r;
    }

    private static void apply(DealerReturn r, DealerReturnStage target, Instant at) {
        switch (target) {
            case RECEIVED -> r.receive(check(FunctionCheck.NORMAL, null), "agent", CHINA);
            case JUDGED -> r.judge(Judgement.PRODUCT_FAULT, null, at, "quality");
            case DECIDED -> r.decide(Handling.REPAIR_AND_RETURN, null, at, "quality");
            case CLOSED -> r.dispose(Disposition.REPAIRED_RETURNED, null, at, "quality");
            default -> throw new IllegalArgumentException(target.name());
        }
    }

    private static List<String> fields(RuleViolationException e) {
        return e.errors().stream().map(FieldError::field).toList();
    }

    @ParameterizedTest(name = "{0} + record {1} → {2}")
    @CsvSource(
            nullValues = "-",
            value = {
                // stage now,  stage recorded, after (- = refused, nothing changed)
                "REGISTERED,   RECEIVED,       RECEIVED", // T7: the receiving check once the unit arrived
                "REGISTERED,   JUDGED,         -", // a judgement needs the receiving check
                "REGISTERED,   DECIDED,        -",
                "REGISTERED,   CLOSED,         -",
                "RECEIVED,     RECEIVED,       -", // each stage once
                "RECEIVED,     JUDGED,         JUDGED",
                "RECEIVED,     DECIDED,        -", // a decision needs a judgement
                "RECEIVED,     CLOSED,         -",
                "JUDGED,       JUDGED,         -",
                "JUDGED,       DECIDED,        DECIDED",
                "JUDGED,       CLOSED,         -", // the disposition needs the decision
                "DECIDED,      DECIDED,        -",
                "DECIDED,      CLOSED,         CLOSED",
                "CLOSED,       RECEIVED,       -",
                "CLOSED,       JUDGED,         -",
                "CLOSED,       DECIDED,        -",
                "CLOSED,       CLOSED,         -",
            })
    void stagesAreRecordedInTurnAndOnce(DealerReturnStage now, DealerReturnStage recorded, DealerReturnStage after) {
        DealerReturn r = at(now);
        Instant later = RECEIVED.plusSeconds(86_400);
        if (after == null) {
            StageOrderException e = assertThrows(StageOrderException.class, () -> apply(r, recorded, later));
            assertEquals(now, e.stage());
            assertEquals(now, r.getStage());
        } else {
            apply(r, recorded, later);
            assertEquals(after, r.getStage());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            nullValues = "-",
            value = {
                // case,                          arrival,    tracking,      days, broken field (- = accepted)
                "'courier with tracking number',  COURIER,    SF1234567890,  5,    -",
                "'courier without one',           COURIER,    -,             5,    trackingNumber",
                "'courier with a blank one',      COURIER,    '  ',          3,    trackingNumber",
                "'brought in, no tracking',       BROUGHT_IN, -,             7,    -",
                "'3 days',                        BROUGHT_IN, -,             3,    -",
                "'4 days is not on the form',     BROUGHT_IN, -,             4,    turnaroundDays",
                "'10 days',                       BROUGHT_IN, -,             10,   turnaroundDays",
                "'no turnaround',                 BROUGHT_IN, -,             -,    turnaroundDays",
                "'no arrival',                    -,          -,             5,    arrival",
            })
    void theDealersPartFollowsTheForm(String name, Arrival arrival, String tracking, Integer days, String broken) {
        List<FieldError> errors = DealerReturn.check(entry(arrival, tracking, days), DEFAULT, TODAY);
        if (broken == null) {
            assertTrue(errors.isEmpty(), errors.toString());
        } else {
            assertEquals(List.of(broken), errors.stream().map(FieldError::field).toList());
        }
    }

    @Test
    void theAllowedTurnaroundsAreASetting() {
        Turnarounds longer = Turnarounds.parse("3, 5,7,10");
        assertTrue(DealerReturn.check(entry(Arrival.BROUGHT_IN, null, 10), longer, TODAY)
                .isEmpty());
        FieldError refused = DealerReturn.check(entry(Arrival.BROUGHT_IN, null, 4), longer, TODAY)
                .get(0);
        assertEquals("validation.turnaround", refused.messageKey());
        assertEquals(List.of("3, 5, 7, 10"), refused.args());
    }

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(
            nullValues = "-",
            value = {
                "'3,5,7',         '3, 5, 7'",
                "' 7 ,3, x, -2',  '3, 7'",
                "'5，10',         '5, 10'",
                "'',              '3, 5, 7'",
                "-,               '3, 5, 7'",
                "'abc',           '3, 5, 7'",
            })
    void theSettingIsReadLeniently(String setting, String allowed) {
        assertEquals(allowed, Turnarounds.parse(setting).display());
    }

    @Test
    void aBrokenDealersPartCreatesNothingAndNamesEveryField() {
        DealerReturn.DealerEntry empty =
                new DealerReturn.DealerEntry(null, " ", null, null, null, null, null, "", null, null, null, null, null);
        RuleViolationException e = assertThrows(
                RuleViolationException.class,
                () -> new DealerReturn("YX-26-11-01", "YX", "YX-26-11-02", empty, DEFAULT, TODAY));
        assertEquals(
                List.of(
                        "dealerName",
                        "feedbackDate",
                        "model",
                        "problem",
                        "arrival",
                        "wantedHandling",
                        "turnaroundDays"),
                fields(e));
    }

    @Test
    void datesMustBePlausible() {
        DealerReturn.DealerEntry future = new DealerReturn.DealerEntry(
                1L,
                "经销商",
                TODAY.plusDays(1),
                "M",
                null,
                null,
                TODAY.plusDays(2),
                "问题",
                Arrival.BROUGHT_IN,
                null,
                null,
                WantedHandling.EXCHANGE_RESELLABLE,
                3);
        assertEquals(
                List.of("feedbackDate", "purchaseDate"),
                DealerReturn.check(future, DEFAULT, TODAY).stream()
                        .map(FieldError::field)
                        .toList());
    }

    @Test
    void datesBefore1980AreRefused() {
        DealerReturn.DealerEntry ancient = new DealerReturn.DealerEntry(
                1L,
                "经销商",
                java.time.LocalDate.of(1979, 12, 31),
                "M",
                null,
                null,
                java.time.LocalDate.of(1, 1, 1),
                "问题",
                Arrival.BROUGHT_IN,
                null,
                null,
                WantedHandling.EXCHANGE_RESELLABLE,
                3);
        assertEquals(
                List.of("validation.dateTooEarly", "validation.dateTooEarly"),
                DealerReturn.check(ancient, DEFAULT, TODAY).stream()
                        .map(FieldError::messageKey)
                        .toList());
    }

    @Test
    void aBroughtInUnitKeepsNoCourierDetails() {
        DealerReturn r = new DealerReturn(
                "YX-26-11-01", "YX", "YX-26-11-02", entry(Arrival.BROUGHT_IN, "SF1", 3), DEFAULT, TODAY);
        assertNull(r.getTrackingNumber());
        assertNull(r.getCourierCompany());
        assertEquals(DealerReturnStage.REGISTERED, r.getStage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            nullValues = "-",
            value = {
                // case,                           function, description,  broken field (- = accepted)
                "'normal',                         NORMAL,   -,            -",
                "'abnormal with what is wrong',    ABNORMAL, 压缩机不启动, -",
                "'abnormal without',               ABNORMAL, -,            functionNote",
                "'abnormal with a blank',          ABNORMAL, ' ',          functionNote",
                "'function not checked',           -,        -,            function",
            })
    void anAbnormalFunctionSaysWhat(String name, FunctionCheck function, String description, String broken) {
        DealerReturn r = registered();
        if (broken == null) {
            r.receive(check(function, description), "agent", CHINA);
            assertEquals(DealerReturnStage.RECEIVED, r.getStage());
        } else {
            RuleViolationException e = assertThrows(
                    RuleViolationException.class, () -> r.receive(check(function, description), "agent", CHINA));
            assertEquals(List.of(broken), fields(e));
            assertEquals(DealerReturnStage.REGISTERED, r.getStage(), "nothing changed");
            assertNull(r.getReceivedAt());
        }
    }

    @Test
    void theUnitCannotArriveBeforeTheDealerReportedIt() {
        DealerReturn r = registered();
        DealerReturn.ReceivingCheck early = new DealerReturn.ReceivingCheck(
                Instant.parse("2026-11-17T02:00:00Z"), Appearance.GOOD, FunctionCheck.NORMAL, null, null, null);
        assertEquals(
                List.of("receivedAt"),
                fields(assertThrows(RuleViolationException.class, () -> r.receive(early, "agent", CHINA))));
    }

    @Test
    void aStageNeedsItsChoiceAndCannotPrecedeThePreviousOne() {
        DealerReturn r = at(DealerReturnStage.RECEIVED);
        assertEquals(
                List.of("judgement"),
                fields(assertThrows(
                        RuleViolationException.class, () -> r.judge(null, null, RECEIVED.plusSeconds(60), "quality"))));
        assertEquals(
                List.of("at"),
                fields(assertThrows(
                        RuleViolationException.class,
                        () -> r.judge(Judgement.MISUSE, null, RECEIVED.minusSeconds(60), "quality"))));
        assertEquals(DealerReturnStage.RECEIVED, r.getStage());
    }

    @ParameterizedTest(name = "received {0} in China, {1} days → due {2}")
    @CsvSource({
        "2026-11-21T10:00:00+08:00, 3, 2026-11-24",
        "2026-11-21T10:00:00+08:00, 5, 2026-11-26",
        "2026-11-21T23:30:00+08:00, 7, 2026-11-28",
        "2026-11-30T09:00:00+08:00, 3, 2026-12-03",
    })
    void theDueDateIsTheDayReceivedPlusTheTurnaround(String received, int days, LocalDate due) {
        DealerReturn r = new DealerReturn(
                "YX-26-11-01", "YX", "YX-26-11-02", entry(Arrival.BROUGHT_IN, null, days), DEFAULT, TODAY);
        r.receive(
                new DealerReturn.ReceivingCheck(
                        java.time.OffsetDateTime.parse(received).toInstant(),
                        Appearance.GOOD,
                        FunctionCheck.NORMAL,
                        null,
                        null,
                        null),
                "agent",
                CHINA);
        assertEquals(due, r.getDueDate());
    }

    @ParameterizedTest(name = "{0} on {1} → overdue {2}")
    @CsvSource({
        "REGISTERED, 2026-12-31, false", // no due date before the unit arrived
        "RECEIVED,   2026-11-26, false", // received 11-21, 5 days: due 11-26
        "RECEIVED,   2026-11-27, true",
        "JUDGED,     2026-11-27, true",
        "DECIDED,    2026-11-27, true",
        "CLOSED,     2026-11-27, false", // closed is never overdue
    })
    void anOpenReturnPastItsDueDateIsOverdue(DealerReturnStage stage, LocalDate today, boolean overdue) {
        DealerReturn r = at(stage);
        assertEquals(overdue, r.isOverdue(today));
    }

    @Test
    void closingRecordsTheDisposition() {
        DealerReturn r = at(DealerReturnStage.CLOSED);
        assertEquals(Disposition.REPAIRED_RETURNED, r.getDisposition());
        assertEquals("quality", r.getClosedBy());
        assertFalse(r.getStage().isOpen());
        assertThrows(IllegalStateException.class, () -> r.getStage().next());
    }
}
