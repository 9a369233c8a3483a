package org.aftersales.domain.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.aftersales.domain.shared.ConflictException;
import org.aftersales.domain.shared.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Q2: the complaint's state machine, every pair of states, and the reply through its approval. */
class ComplaintFlowTest {

    private static final Instant AT = Instant.parse("2026-12-01T02:00:00Z");

    private static final Set<List<ComplaintState>> LEGAL = Set.of(
            List.of(ComplaintState.ACCEPTED, ComplaintState.CLASSIFIED),
            List.of(ComplaintState.CLASSIFIED, ComplaintState.INVESTIGATING),
            List.of(ComplaintState.INVESTIGATING, ComplaintState.SOLVED),
            List.of(ComplaintState.SOLVED, ComplaintState.REPLIED),
            List.of(ComplaintState.REPLIED, ComplaintState.ARCHIVED));

    static Stream<Arguments> everyPair() {
        return Stream.of(ComplaintState.values())
                .flatMap(from -> Stream.of(ComplaintState.values())
                        .map(to -> Arguments.of(from, to, LEGAL.contains(List.of(from, to)))));
    }

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @MethodSource("everyPair")
    void onlyTheNextStepOfTheOnePathIsAllowed(ComplaintState from, ComplaintState to, boolean legal) {
        assertEquals(legal, ComplaintFlow.allowed(from, to));
    }

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @MethodSource("everyPair")
    void anIllegalStepIsAConflictAndChangesNothing(ComplaintState from, ComplaintState to, boolean legal) {
        Complaint c = complaintIn(from);
        int history = c.getEvents().size();
        if (legal) {
            c.record(step(to), "li.si", AT);
            assertEquals(to == ComplaintState.REPLIED ? ComplaintState.SOLVED : to, c.getState());
        } else {
            assertThrows(ConflictException.class, () -> c.record(step(to), "li.si", AT));
            assertEquals(from, c.getState());
            assertEquals(history, c.getEvents().size());
        }
    }

    @Test
    void investigatingNamesOwnerAndDepartment() {
        Complaint c = complaintIn(ComplaintState.CLASSIFIED);
        RuleViolationException e = assertThrows(
                RuleViolationException.class,
                () -> c.record(new Complaint.Step(ComplaintState.INVESTIGATING, null, " ", null, null, null), "q", AT));
        assertEquals(
                List.of("owner", "department"),
                e.errors().stream().map(f -> f.field()).toList());
        assertEquals(ComplaintState.CLASSIFIED, c.getState());
    }

    @Test
    void classifyingChangesCategoryAndSeverityKeepsThePromiseAndWritesTheChange() {
        Complaint c = complaintIn(ComplaintState.ACCEPTED);
        Instant promised = c.getReplyBy();
        c.record(
                new Complaint.Step(
                        ComplaintState.CLASSIFIED,
                        "产品问题",
                        null,
                        null,
                        null,
                        null,
                        ComplaintCategory.PRODUCT_QUALITY,
                        ComplaintSeverity.SERIOUS),
                "q",
                AT.plusSeconds(600));
        assertEquals(ComplaintState.CLASSIFIED, c.getState());
        assertEquals(ComplaintCategory.PRODUCT_QUALITY, c.getCategory());
        assertEquals(ComplaintSeverity.SERIOUS, c.getSeverity());
        assertEquals(promised, c.getReplyBy(), "Q1: the reply time promised to the customer is kept");
        ComplaintEvent classified = c.getEvents().get(c.getEvents().size() - 1);
        assertEquals(ComplaintEventType.CLASSIFIED, classified.getType());
        assertEquals(ComplaintCategory.SERVICE_ATTITUDE, classified.getCategoryFrom());
        assertEquals(ComplaintCategory.PRODUCT_QUALITY, classified.getCategoryTo());
        assertEquals(ComplaintSeverity.NORMAL, classified.getSeverityFrom());
        assertEquals(ComplaintSeverity.SERIOUS, classified.getSeverityTo());
    }

    @Test
    void classifyingWithTheSameValuesRecordsNoChange() {
        Complaint c = complaintIn(ComplaintState.ACCEPTED);
        c.record(
                new Complaint.Step(
                        ComplaintState.CLASSIFIED,
                        null,
                        null,
                        null,
                        null,
                        null,
                        ComplaintCategory.SERVICE_ATTITUDE,
                        ComplaintSeverity.NORMAL),
                "q",
                AT);
        ComplaintEvent classified = c.getEvents().get(c.getEvents().size() - 1);
        assertNull(classified.getCategoryTo());
        assertNull(classified.getSeverityTo());
    }

    @Test
    void theClassificationChangesOnlyAtTheClassifiedStep() {
        Complaint c = complaintIn(ComplaintState.CLASSIFIED);
        int history = c.getEvents().size();
        RuleViolationException e = assertThrows(
                RuleViolationException.class,
                () -> c.record(
                        new Complaint.Step(
                                ComplaintState.INVESTIGATING,
                                null,
                                "li.si",
                                "质检中心",
                                null,
                                null,
                                ComplaintCategory.PARTS,
                                ComplaintSeverity.CRITICAL),
                        "q",
                        AT));
        assertEquals(
                List.of("category", "severity"),
                e.errors().stream().map(f -> f.field()).toList());
        assertEquals(ComplaintState.CLASSIFIED, c.getState());
        assertEquals(ComplaintSeverity.NORMAL, c.getSeverity());
        assertEquals(history, c.getEvents().size());
    }

    @Test
    void theReplyNamesMethodAndReactionAndWaitsForItsApproval() {
        Complaint c = complaintIn(ComplaintState.SOLVED);
        assertThrows(
                RuleViolationException.class,
                () -> c.record(new Complaint.Step(ComplaintState.REPLIED, null, null, null, null, null), "q", AT));
        assertTrue(c.record(step(ComplaintState.REPLIED), "q", AT), "asks for the approval");
        assertEquals(ComplaintState.SOLVED, c.getState());
        assertTrue(c.isReplyPending());
        // nothing else happens while the reply waits
        assertThrows(ConflictException.class, () -> c.record(step(ComplaintState.REPLIED), "q", AT));
        assertThrows(ConflictException.class, () -> c.record(step(ComplaintState.ARCHIVED), "q", AT));
    }

    @Test
    void anApprovedReplyIsRepliedAndCanBeArchived() {
        Complaint c = complaintIn(ComplaintState.SOLVED);
        c.record(step(ComplaintState.REPLIED), "q", AT);
        c.replyDecided(true, null, "boss", AT.plusSeconds(60));
        assertEquals(ComplaintState.REPLIED, c.getState());
        assertFalse(c.isReplyPending());
        assertEquals(AT.plusSeconds(60), c.getRepliedAt());
        c.record(step(ComplaintState.ARCHIVED), "q", AT.plusSeconds(120));
        assertEquals(ComplaintState.ARCHIVED, c.getState());
        assertThrows(ConflictException.class, () -> c.replyDecided(true, null, "boss", AT));
    }

    @Test
    void aRejectedReplyIsSolvedAgainWithTheReasonAndMayBeRepliedAnew() {
        Complaint c = complaintIn(ComplaintState.SOLVED);
        c.record(step(ComplaintState.REPLIED), "q", AT);
        c.replyDecided(false, "答复不完整", "boss", AT);
        assertEquals(ComplaintState.SOLVED, c.getState());
        assertFalse(c.isReplyPending());
        assertEquals("答复不完整", c.getReplyRejection());
        assertNull(c.getRepliedAt());
        assertTrue(c.record(step(ComplaintState.REPLIED), "q", AT));
        assertNull(c.getReplyRejection());
        assertEquals(
                List.of(
                        ComplaintEventType.ACCEPTED,
                        ComplaintEventType.CLASSIFIED,
                        ComplaintEventType.INVESTIGATING,
                        ComplaintEventType.SOLVED,
                        ComplaintEventType.REPLY_SUBMITTED,
                        ComplaintEventType.REPLY_REJECTED,
                        ComplaintEventType.REPLY_SUBMITTED),
                c.getEvents().stream().map(ComplaintEvent::getType).toList());
    }

    @Test
    void theReplyIsOwedUntilReplied() {
        for (ComplaintState s : ComplaintState.values()) {
            assertEquals(
                    s != ComplaintState.REPLIED && s != ComplaintState.ARCHIVED, ComplaintFlow.replyOwed(s), s.name());
        }
    }

    static Complaint.Step step(ComplaintState to) {
        return new Complaint.Step(to, "note", "li.si", "质检中心", ReplyMethod.PHONE, "客户表示接受");
    }

    /** A complaint walked along the legal path up to {@code state} (REPLIED through an approval). */
    static Complaint complaintIn(ComplaintState state) {
        Complaint c = new Complaint(
                "YX-TS-26-12-01",
                "YX",
                ComplaintChannel.PHONE,
                ComplaintCategory.SERVICE_ATTITUDE,
                ComplaintSeverity.NORMAL,
                "态度不好",
                new Complaint.Links(42L, "SN1", null, null),
                AT.plusSeconds(48 * 3600),
                "agent",
                AT);
        while (c.getState() != state) {
            ComplaintState next = ComplaintFlow.next(c.getState()).orElseThrow();
            c.record(step(next), "q", AT);
            if (next == ComplaintState.REPLIED) {
                c.replyDecided(true, null, "boss", AT);
            }
        }
        return c;
    }
}
