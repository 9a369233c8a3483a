package org.aftersales.domain.billing;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/** B5: one step of a supplier claim's flow: the state it reached, when, by whom, with a note. */
@Embeddable
public class SupplierClaimStep {

    @Column(name = "step_no", nullable = false)
    private int stepNo;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 12)
    private SupplierClaimState state;

    @Column(name = "at_time", nullable = false)
    private Instant at;

    @Column(name = "by_user", nullable = false, length = 64)
    private String by;

    @Column(name = "note", length = 500)
    private String note;

    protected SupplierClaimStep() {}

    SupplierClaimStep(int stepNo, SupplierClaimState state, Instant at, String by, String note) {
        this.stepNo = stepNo;
        this.state = state;
        this.at = at;
        this.by = by;
        this.note = note;
    }

    public int getStepNo() {
        return stepNo;
    }

    public SupplierClaimState getState() {
        return state;
    }

    public Instant getAt() {
        return at;
    }

    public String getBy() {
        return by;
    }

    public String getNote() {
        return note;
    }
}
