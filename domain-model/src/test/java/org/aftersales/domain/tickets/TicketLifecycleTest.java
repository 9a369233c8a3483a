package org.aftersales.domain.tickets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.aftersales.domain.customers.warranty.Entitlement;
import org.aftersales.domain.shared.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** T3, T6: the ticket state machine, path by path; everything outside the table is refused. */
class TicketLifecycleTest {

    @ParameterizedTest(name = "{0}: {1} + {2} → {3}")
    @CsvSource(
            nullValues = "-",
            value = {
                // kind,           from,              event,             to (- = refused)
                "ONSITE_REPAIR,    REGISTERED,        DISPATCHED,        DISPATCHED",
                "ONSITE_REPAIR,    DISPATCHED,        DISPATCHED,        DISPATCHED",
                "ONSITE_REPAIR,    DISPATCHED,        ARRIVED,           ON_SITE",
                "ONSITE_REPAIR,    ON_SITE,           SOLUTION_PROPOSED, SOLUTION_PROPOSED",
                "ONSITE_REPAIR,    ON_SITE,           RESOLVED,          RESOLVED",
                "ONSITE_REPAIR,    SOLUTION_PROPOSED, RESOLVED,          RESOLVED",
                "ONSITE_REPAIR,    RESOLVED,          ACCEPTED,          ACCEPTED",
                "ONSITE_REPAIR,    ACCEPTED,          CLOSED,            CLOSED",
                "ONSITE_REPAIR,    CLOSED,            REOPENED,          REGISTERED",
                "ONSITE_REPAIR,    REGISTERED,        CANCELLED,         CANCELLED",
                "ONSITE_REPAIR,    RESOLVED,          CANCELLED,         CANCELLED",
                "ONSITE_REPAIR,    ON_SITE,           NOTE,              ON_SITE",
                "ONSITE_REPAIR,    DISPATCHED,        CONTACTED,         DISPATCHED",
                "ONSITE_REPAIR,    REGISTERED,        CONTACTED,         REGISTERED",
                "ONSITE_REPAIR,    ON_SITE,           CONTACTED,         -",
                "ONSITE_REPAIR,    SOLUTION_PROPOSED, CONTACTED,         -",
                "ONSITE_REPAIR,    RESOLVED,          CONTACTED,         -",
                "CARRY_IN_REPAIR,  READY_FOR_PICKUP,  CONTACTED,         READY_FOR_PICKUP",
                "ONSITE_REPAIR,    REGISTERED,        ARRIVED,           -",
                "ONSITE_REPAIR,    REGISTERED,        RESOLVED,          -",
                "ONSITE_REPAIR,    DISPATCHED,        RESOLVED,          -",
                "ONSITE_REPAIR,    ON_SITE,           ACCEPTED,          -",
                "ONSITE_REPAIR,    RESOLVED,          CLOSED,            -",
                "ONSITE_REPAIR,    CLOSED,            CANCELLED,         -",
                "ONSITE_REPAIR,    CANCELLED,         REOPENED,          -",
                "ONSITE_REPAIR,    CANCELLED,         NOTE,              -",
                "ONSITE_REPAIR,    CLOSED,            DISPATCHED,        -",
                "ONSITE_REPAIR,    REGISTERED,        RECEIVED,          -",
                "INSTALLATION,     DISPATCHED,        ARRIVED,           ON_SITE",
                "MAINTENANCE,      REGISTERED,        DISPATCHED,        DISPATCHED",
                // T6 carry-in
                "CARRY_IN_REPAIR,  REGISTERED,        RECEIVED,          RECEIVED",
                "CARRY_IN_REPAIR,  RECEIVED,          SOLUTION_PROPOSED, SOLUTION_PROPOSED",
                "CARRY_IN_REPAIR,  RECEIVED,          RESOLVED,          RESOLVED",
                "CARRY_IN_REPAIR,  RESOLVED,          READY_FOR_PICKUP,  READY_FOR_PICKUP",
                "CARRY_IN_REPAIR,  READY_FOR_PICKUP,  COLLECTED,         COLLECTED",
                "CARRY_IN_REPAIR,  COLLECTED,         CLOSED,            CLOSED",
                "CARRY_IN_REPAIR,  REGISTERED,        DISPATCHED,        -",
                "CARRY_IN_REPAIR,  RESOLVED,          COLLECTED,         -",
                "CARRY_IN_REPAIR,  RESOLVED,          ACCEPTED,          -",
                "RETURN_EXCHANGE,  REGISTERED,        RECEIVED,          RECEIVED",
                // remote: guidance by phone, parts mailed
                "GUIDANCE,         REGISTERED,        RESOLVED,          RESOLVED",
                "GUIDANCE,         RESOLVED,          ACCEPTED,          ACCEPTED",
                "PARTS_MAILING,    REGISTERED,        DISPATCHED,        -",
            })
    void transitions(ServiceKind kind, TicketStatus from, TicketEventType event, TicketStatus to) {
        assertEquals(Optional.ofNullable(to), TicketLifecycle.next(kind, from, event));
    }

    @ParameterizedTest
    @EnumSource(ServiceKind.class)
    void everyOpenStatusCanBeCancelledAndNoFinalOneCan(ServiceKind kind) {
        for (TicketStatus status : TicketStatus.values()) {
            assertEquals(
                    !status.isFinal(),
                    TicketLifecycle.next(kind, status, TicketEventType.CANCELLED)
                            .isPresent(),
                    kind + " " + status);
        }
    }

    @Test
    void registrationIsNeverPostedAndButtonsFollowTheTable() {
        for (ServiceKind kind : ServiceKind.values()) {
            for (TicketStatus status : TicketStatus.values()) {
                assertTrue(!TicketLifecycle.allowed(kind, status).contains(TicketEventType.REGISTERED));
            }
        }
        assertEquals(
                EnumSet.of(
                        TicketEventType.DISPATCHED,
                        TicketEventType.CONTACTED,
                        TicketEventType.CANCELLED,
                        TicketEventType.NOTE),
                TicketLifecycle.allowed(ServiceKind.ONSITE_REPAIR, TicketStatus.REGISTERED));
    }

    @Test
    void theRecordAndTheSignatureAreHistoryLinesTheServiceWritesNeverPostedNorOffered() {
        // T8, issue 10.18: saving the service record and the customer's signature leave a line in the history
        for (TicketEventType type : EnumSet.of(TicketEventType.SERVICE_RECORDED, TicketEventType.SIGNED)) {
            assertTrue(!type.isPostable(), type + " is written by the service");
            for (ServiceKind kind : ServiceKind.values()) {
                for (TicketStatus status : TicketStatus.values()) {
                    assertTrue(!TicketLifecycle.allowed(kind, status).contains(type), type + " offered in " + status);
                }
            }
        }
        Ticket ticket = ticket(ServiceKind.ONSITE_REPAIR);
        Instant at = Instant.parse("2026-11-26T03:00:00Z");
        TicketEvent signed = ticket.historyOf(TicketEventType.SIGNED, at, "li.si", "张三");
        assertEquals(TicketEventType.SIGNED, signed.getType());
        assertEquals("张三", signed.getNote());
        assertEquals(TicketStatus.REGISTERED, ticket.getStatus(), "the status stays");
        assertThrows(
                IllegalArgumentException.class, () -> ticket.historyOf(TicketEventType.RESOLVED, at, "li.si", null));
    }

    private static Ticket ticket(ServiceKind kind) {
        Instant registered = Instant.parse("2026-11-26T01:30:00Z");
        return new Ticket(
                "YX-26-11-01",
                "YX",
                new Ticket.Intake(
                        42,
                        "张三",
                        "张三",
                        "13800000000",
                        "北京",
                        "朝阳区",
                        "SN1",
                        "KFR-35GW",
                        Channel.PHONE,
                        kind,
                        FaultLevel.MAJOR,
                        "压缩机不启动",
                        registered,
                        null,
                        Set.of()),
                Entitlement.PAID,
                null,
                null);
    }

    @Test
    void anIllegalEventChangesNothing() {
        Ticket ticket = ticket(ServiceKind.ONSITE_REPAIR);
        assertThrows(
                IllegalTransitionException.class,
                () -> ticket.record(
                        TicketEventType.ARRIVED, Instant.parse("2026-11-26T03:00:00Z"), "li.si", null, null, null));
        assertEquals(TicketStatus.REGISTERED, ticket.getStatus());
        assertEquals(null, ticket.getArrivedAt());
    }

    @Test
    void incompleteEventsAreRefused() {
        Ticket ticket = ticket(ServiceKind.ONSITE_REPAIR);
        Instant at = Instant.parse("2026-11-26T03:00:00Z");
        assertEquals(
                "technician",
                assertThrows(
                                RuleViolationException.class,
                                () -> ticket.record(TicketEventType.DISPATCHED, at, "d", " ", null, null))
                        .errors()
                        .get(0)
                        .field());
        assertEquals(
                "note",
                assertThrows(
                                RuleViolationException.class,
                                () -> ticket.record(TicketEventType.CANCELLED, at, "d", null, "", null))
                        .errors()
                        .get(0)
                        .field());
        assertEquals(
                "at",
                assertThrows(
                                RuleViolationException.class,
                                () -> ticket.record(
                                        TicketEventType.DISPATCHED,
                                        Instant.parse("2026-11-25T00:00:00Z"),
                                        "d",
                                        "li.si",
                                        null,
                                        null))
                        .errors()
                        .get(0)
                        .field());
        assertEquals(TicketStatus.REGISTERED, ticket.getStatus());
    }

    @Test
    void reopeningOnlyWithinThePeriodAndItRestartsTheClocks() {
        Ticket ticket = ticket(ServiceKind.ONSITE_REPAIR);
        Instant t = Instant.parse("2026-11-26T03:00:00Z");
        ticket.record(TicketEventType.DISPATCHED, t, "d", "li.si", null, null);
        ticket.record(TicketEventType.ARRIVED, t.plusSeconds(3600), "li.si", null, null, null);
        ticket.record(TicketEventType.RESOLVED, t.plusSeconds(7200), "li.si", null, null, null);
        ticket.record(TicketEventType.ACCEPTED, t.plusSeconds(7300), "li.si", null, null, null);
        ticket.record(TicketEventType.CLOSED, t.plusSeconds(8000), "agent", null, null, null);
        Duration month = Duration.ofDays(30);
        assertEquals(
                "reopenPeriod",
                assertThrows(
                                RuleViolationException.class,
                                () -> ticket.record(
                                        TicketEventType.REOPENED,
                                        t.plus(Duration.ofDays(31)),
                                        "agent",
                                        null,
                                        "again",
                                        month))
                        .errors()
                        .get(0)
                        .field());
        assertEquals(TicketStatus.CLOSED, ticket.getStatus());
        Instant reopened = t.plus(Duration.ofDays(10));
        ticket.record(TicketEventType.REOPENED, reopened, "agent", null, "漏水又出现", month);
        assertEquals(TicketStatus.REGISTERED, ticket.getStatus());
        assertEquals(null, ticket.getArrivedAt());
        SlaClock clock = ticket.updateClock(SlaTerms.defaults(FaultLevel.MAJOR), reopened);
        assertEquals(reopened.plus(Duration.ofHours(48)), clock.arriveBy());
        assertEquals(reopened.plus(Duration.ofHours(48)), ticket.getNextDeadline());
    }

    /** T6: received goods are logged in with a pickup code; they leave only against that code. */
    @Test
    void carryInGoodsAreLoggedInWithAPickupCodeAndOutOnlyAgainstIt() {
        Ticket ticket = ticket(ServiceKind.CARRY_IN_REPAIR);
        Instant at = Instant.parse("2026-11-26T03:00:00Z");
        GoodsLogEntry in = ticket.moveGoods(
                        TicketEventType.RECEIVED, at, " ", "外壳有划痕", "张三", null, "agent", new java.util.Random(7))
                .orElseThrow();
        assertEquals(GoodsLogEntry.Direction.IN, in.getDirection());
        assertEquals("KFR-35GW", in.getItem(), "the model stands in for an item nobody typed");
        String code = ticket.getPickupCode();
        assertEquals(6, code.length());
        RuleViolationException wrong = assertThrows(
                RuleViolationException.class,
                () -> ticket.moveGoods(
                        TicketEventType.COLLECTED,
                        at.plusSeconds(60),
                        null,
                        null,
                        "张三",
                        "000000".equals(code) ? "111111" : "000000",
                        "agent",
                        new java.util.Random(7)));
        assertEquals("pickupCode", wrong.errors().get(0).field());
        GoodsLogEntry out = ticket.moveGoods(
                        TicketEventType.COLLECTED,
                        at.plusSeconds(60),
                        "空调室内机",
                        null,
                        "张三",
                        " " + code + " ",
                        "agent",
                        new java.util.Random(7))
                .orElseThrow();
        assertEquals(GoodsLogEntry.Direction.OUT, out.getDirection());
        assertEquals(
                java.util.Optional.empty(),
                ticket.moveGoods(TicketEventType.NOTE, at, null, null, null, null, "agent", new java.util.Random(7)));
    }

    /** M2: a technician without a qualification the work needs is not dispatched. */
    @Test
    void onlyQualifiedTechniciansAreDispatched() {
        Instant registered = Instant.parse("2026-11-26T01:30:00Z");
        Ticket ticket = new Ticket(
                "YX-26-11-02",
                "YX",
                new Ticket.Intake(
                        42,
                        "张三",
                        "张三",
                        "13800000000",
                        "北京",
                        "朝阳区",
                        "SN1",
                        "KFR-35GW",
                        Channel.PHONE,
                        ServiceKind.INSTALLATION,
                        FaultLevel.MAJOR,
                        "安装",
                        registered,
                        null,
                        Set.of(org.aftersales.domain.accounts.Qualification.ELECTRICIAN)),
                Entitlement.PAID,
                null,
                null);
        RuleViolationException refused =
                assertThrows(RuleViolationException.class, () -> ticket.requireQualified("李四", Set.of()));
        assertEquals("validation.missingQualification", refused.errors().get(0).messageKey());
        ticket.requireQualified("王五", Set.of(org.aftersales.domain.accounts.Qualification.ELECTRICIAN));
    }
}
