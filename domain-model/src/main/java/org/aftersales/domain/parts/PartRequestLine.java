package org.aftersales.domain.parts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;

/** P4: one part of a request — requested, issued, to buy, used, and the defective part returned. */
@Entity
@Table(name = "part_request_line")
public class PartRequestLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "request_id", nullable = false, updatable = false)
    private PartRequest request;

    @Column(name = "line_no", nullable = false, updatable = false)
    private int lineNo;

    @Column(name = "part_number", nullable = false, updatable = false, length = 40)
    private String partNumber;

    @Column(name = "requested_qty", nullable = false, updatable = false)
    private int requested;

    @Column(name = "issued_qty", nullable = false)
    private int issued;

    @Column(name = "to_buy", nullable = false)
    private boolean toBuy;

    @Column(name = "used_qty")
    private Integer used;

    @Column(name = "defective_qty", nullable = false)
    private int defectiveReturned;

    @Enumerated(EnumType.STRING)
    @Column(name = "disposition", length = 24)
    private DefectiveDisposition disposition;

    protected PartRequestLine() {}

    PartRequestLine(PartRequest request, int lineNo, String partNumber, int requested) {
        if (requested <= 0) {
            throw new IllegalArgumentException("A requested quantity is positive");
        }
        this.request = request;
        this.lineNo = lineNo;
        this.partNumber = Objects.requireNonNull(partNumber);
        this.requested = requested;
    }

    void issue() {
        this.issued = requested;
        this.toBuy = false;
    }

    void markToBuy() {
        this.toBuy = true;
    }

    void use(int usedQty, int defectiveQty, DefectiveDisposition how) {
        this.used = usedQty;
        this.defectiveReturned = defectiveQty;
        this.disposition = defectiveQty == 0 ? null : how;
    }

    public Long getId() {
        return id;
    }

    public int getLineNo() {
        return lineNo;
    }

    public String getPartNumber() {
        return partNumber;
    }

    public int getRequested() {
        return requested;
    }

    public int getIssued() {
        return issued;
    }

    public boolean isToBuy() {
        return toBuy;
    }

    public Integer getUsed() {
        return used;
    }

    public int getDefectiveReturned() {
        return defectiveReturned;
    }

    public DefectiveDisposition getDisposition() {
        return disposition;
    }
}
