package org.aftersales.domain.numbering;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.YearMonth;
import java.util.Objects;

/**
 * T10: the running number of one department in one month. Drawn under a row lock in the
 * transaction of the document it numbers, so a number is used exactly when its document commits:
 * never twice, never skipped.
 */
@Entity
@Table(name = "document_counter")
public class DocumentCounter {

    @Id
    @Column(name = "counter_key", length = 20)
    private String key;

    @Column(name = "last_value", nullable = false)
    private long lastValue;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected DocumentCounter() {
    }

    public DocumentCounter(String department, YearMonth month) {
        this.key = DocumentNumber.counterKey(Objects.requireNonNull(department), Objects.requireNonNull(month));
    }

    /** The next number of this counter. */
    public DocumentNumber draw(String department, YearMonth month) {
        if (!key.equals(DocumentNumber.counterKey(department, month))) {
            throw new IllegalArgumentException("Counter " + key + " does not number " + department + " " + month);
        }
        lastValue++;
        return new DocumentNumber(department, month, lastValue);
    }

    public String getKey() {
        return key;
    }

    public long getLastValue() {
        return lastValue;
    }
}
