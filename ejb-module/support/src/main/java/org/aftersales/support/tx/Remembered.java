package org.aftersales.support.tx;

import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Values a server remembers by key until they change (issue 15: a setting's value, the warranty
 * terms table), by the one rule of {@link ChangeCheck}: each is read again once a change through
 * this server has ended ({@link #changing}), or after {@link ChangeCheck#RECHECK} for changes made
 * elsewhere. The number is taken before the read, so a read racing a commit carries a number the
 * commit then moves past. A value may be {@code null} (remembered as "there is none").
 *
 * <p>The reader must read from the database itself, not from the shared entity cache, or a change
 * made elsewhere would never be seen.
 */
public final class Remembered<K, V> {

    private record Read<V>(V value, ChangeCheck checked) {}

    private final ChangeCount changes = new ChangeCount();
    private final Map<K, Read<V>> reads = new ConcurrentHashMap<>();

    /** The value of {@code key}: remembered, or read by {@code reader} when it may have changed. */
    public V get(K key, Function<K, V> reader) {
        long current = changes.current();
        Read<V> read = reads.get(key);
        if (read == null || !read.checked().current(current)) {
            read = new Read<>(reader.apply(key), ChangeCheck.at(current));
            reads.put(key, read);
        }
        return read.value();
    }

    /** Something remembered is changing in the current transaction: all is read again once it ends. */
    public void changing(TransactionSynchronizationRegistry transactions) {
        changes.movesAtEndOf(transactions);
    }
}
