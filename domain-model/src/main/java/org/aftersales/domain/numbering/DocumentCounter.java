package org.aftersales.domain.numbering;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.YearMonth;
import java.util.Objects;

/**
 * T10: the running number of one kind of document in one department and month (its key is the
 * numbers' common prefix, {@code YX-26-11} for tickets, {@code YX-RK-26-11} for inbound slips).
 * Drawn under a row lock in the transaction of the document it numbers, so a number is used
 * exactly when its document commits: never twice, never skipped.
 */
@Entity
@Table(name = "document_counter")
public class DocumentCounter {

    @Id
    @Column(name = "counter_key", length = 20)
    private String key;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private DocumentKind kind;

    @Column(name = "last_value", nullable = false)
    private long lastValue;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected DocumentCounter() {}

    public DocumentCounter(DocumentKind kind, String department, YearMonth month) {
        this.kind = Objects.requireNonNull(kind);
        this.key = DocumentNumber.counterKey(kind, Objects.requireNonNull(department), Objects.requireNonNull(month));
    }

    /** The next number of this counter. */
    public DocumentNumber draw(DocumentKind kind, String department, YearMonth month) {
        if (!key.equals(DocumentNumber.counterKey(kind, department, month))) {
            throw new IllegalArgumentException(
                    "Counter " + key + " does not number " + kind + " " + department + " " + month);
        }
        lastValue++;
        return new DocumentNumber(department, kind, month, lastValue);
    }

    public String getKey() {
        return key;
    }

    public DocumentKind getKind() {
        return kind;
    }

    public long getLastValue() {
        return lastValue;
    }
}
