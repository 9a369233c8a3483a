package org.aftersales.domain.quality;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * One line of a quality item's append-only history (Q2 complaint, Q3 corrective action): the note,
 * who and when, never changed. The subclasses add their owner's join column and the type of step;
 * the columns here are the ones migration 030 gave both tables ({@code note}, {@code recorded_by},
 * {@code recorded_at}), so no table changes.
 */
@MappedSuperclass
public abstract class HistoryLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "note", updatable = false, length = 1000)
    private String note;

    @Column(name = "recorded_by", nullable = false, updatable = false, length = 64)
    private String by;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant at;

    protected HistoryLine() {}

    protected HistoryLine(String note, String by, Instant at) {
        this.note = note;
        this.by = by;
        this.at = at;
    }

    public Long getId() {
        return id;
    }

    public String getNote() {
        return note;
    }

    public String getBy() {
        return by;
    }

    public Instant getAt() {
        return at;
    }
}
