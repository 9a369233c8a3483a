package org.aftersales.parts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.TreeSet;
import org.aftersales.parts.control.StockLevels.Key;
import org.junit.jupiter.api.Test;

/** P6: everybody locks stock rows in one order — service point, then part number — so slips cannot deadlock. */
class LockOrderTest {

    @Test
    void rowsAreLockedByServicePointThenPartNumber() {
        TreeSet<Key> keys = new TreeSet<>(List.of(
                new Key("TJ", "A-1"), new Key("BJ", "YSJ-002"), new Key("BJ", "YSJ-001"), new Key("TJ", "A-0")));
        assertEquals(
                List.of(new Key("BJ", "YSJ-001"), new Key("BJ", "YSJ-002"), new Key("TJ", "A-0"), new Key("TJ", "A-1")),
                List.copyOf(keys));
    }
}
