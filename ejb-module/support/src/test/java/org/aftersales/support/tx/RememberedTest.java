package org.aftersales.support.tx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: what a server remembers (a setting's value, the warranty terms table) is read once, and
 * again after every change that went through this server — also when the change ended while the
 * read was under way. Without a transaction the number moves at once.
 */
class RememberedTest {

    private final Remembered<String, String> remembered = new Remembered<>();
    private final List<String> reads = new ArrayList<>();

    private String read(String key) {
        reads.add(key);
        return key.equals("none") ? null : key + reads.size();
    }

    @Test
    void aValueIsReadOnceUntilAChangeEnds() {
        assertEquals("a1", remembered.get("a", this::read));
        assertEquals("a1", remembered.get("a", this::read));
        assertEquals("b2", remembered.get("b", this::read));
        assertEquals(List.of("a", "b"), reads);

        remembered.changing(null); // a change outside any transaction: counts at once
        assertEquals("a3", remembered.get("a", this::read));
        assertEquals("b4", remembered.get("b", this::read));
        assertEquals("a3", remembered.get("a", this::read));
        assertEquals(List.of("a", "b", "a", "b"), reads);
    }

    @Test
    void noValueIsRememberedToo() {
        assertNull(remembered.get("none", this::read));
        assertNull(remembered.get("none", this::read));
        assertEquals(1, reads.size());
    }

    @Test
    void aChangeEndingWhileTheValueIsReadMakesTheNextQuestionReadAgain() {
        AtomicInteger calls = new AtomicInteger();
        // the read saw the old value, and the change committed before the read was remembered
        assertEquals("old", remembered.get("a", key -> {
            calls.incrementAndGet();
            remembered.changing(null);
            return "old";
        }));
        assertEquals("new", remembered.get("a", key -> {
            calls.incrementAndGet();
            return "new";
        }));
        assertEquals(2, calls.get());
    }
}
