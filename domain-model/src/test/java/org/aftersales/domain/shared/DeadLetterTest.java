package org.aftersales.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class DeadLetterTest {

    private static final Instant NOW = Instant.parse("2026-12-06T02:00:00Z");

    private static DeadLetter dead(String eventId) {
        return new DeadLetter(
                "ID:1", eventId, "TicketDispatched", "AftersalesEvents", "{}", NOW, NOW, "UNDELIVERABLE", "boom");
    }

    @Test
    void aRetryPressedTwiceSendsOnce() {
        DeadLetter letter = dead("e-1");
        assertTrue(letter.retry("admin", NOW, "generated"));
        assertFalse(letter.retry("admin", NOW, "generated"));
        assertEquals(DeadLetter.State.RETRIED, letter.getState());
        assertEquals("e-1", letter.getEventId(), "the event keeps its id");
    }

    @Test
    void aMessageWithoutEventIdGetsOneWhenRetriedSoThatItComesBackToItsRow() {
        DeadLetter letter = dead(null);
        letter.retry("admin", NOW, "generated");
        assertEquals("generated", letter.getEventId());
    }

    @Test
    void aRetriedMessageThatDiesAgainIsDeadWithOneMoreAttempt() {
        DeadLetter letter = dead("e-1");
        letter.retry("admin", NOW, "x");
        letter.diedAgain("ID:2", NOW.plusSeconds(5), "UNDELIVERABLE", "again");
        assertEquals(DeadLetter.State.DEAD, letter.getState());
        assertEquals(2, letter.getAttempts());
        assertEquals("again", letter.getLastError());
        assertTrue(letter.retry("admin", NOW, "x"), "it can be retried again");
    }

    @Test
    void discardingNeedsAReason() {
        DeadLetter letter = dead("e-1");
        RuleViolationException refused =
                assertThrows(RuleViolationException.class, () -> letter.discard(" ", "admin", NOW));
        assertEquals("reason", refused.errors().get(0).field());
        assertEquals(DeadLetter.State.DEAD, letter.getState());
        assertTrue(letter.discard("测试消息，不需要处理", "admin", NOW));
        assertEquals(DeadLetter.State.DISCARDED, letter.getState());
        assertTrue(letter.auditText().contains("reason=测试消息，不需要处理"));
        assertFalse(letter.discard("again", "admin", NOW), "discarding twice changes nothing");
    }

    @Test
    void aDiscardedMessageIsNotRetriedAndARetriedOneNotDiscarded() {
        DeadLetter discarded = dead("e-1");
        discarded.discard("why", "admin", NOW);
        assertThrows(ConflictException.class, () -> discarded.retry("admin", NOW, "x"));
        DeadLetter retried = dead("e-2");
        retried.retry("admin", NOW, "x");
        assertThrows(ConflictException.class, () -> retried.discard("why", "admin", NOW));
    }
}
