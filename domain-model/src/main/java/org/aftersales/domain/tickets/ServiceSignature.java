package org.aftersales.domain.tickets;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.RuleViolationException;

/**
 * T4, T8: the customer's signature on the service record — a PNG drawn on the signature pad, who
 * signed and when. Kept apart from the ticket so lists never load images; written once per ticket.
 */
@Entity
@Table(name = "ticket_signature")
public class ServiceSignature {

    /** 64 KB of PNG is plenty for a signature drawn on a phone. */
    public static final int MAX_BYTES = 256 * 1024;

    @Id
    @Column(name = "ticket_id")
    private Long ticketId;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "png", nullable = false, updatable = false)
    private byte[] png;

    @Column(name = "signed_by", nullable = false, updatable = false, length = 100)
    private String signedBy;

    @Column(name = "signed_at", nullable = false, updatable = false)
    private Instant signedAt;

    @Column(name = "recorded_by", nullable = false, updatable = false, length = 64)
    private String recordedBy;

    protected ServiceSignature() {}

    public ServiceSignature(Long ticketId, byte[] png, String signedBy, Instant signedAt, String recordedBy) {
        this.ticketId = Objects.requireNonNull(ticketId);
        if (png == null || png.length < 8 || png[0] != (byte) 0x89 || png[1] != 'P' || png[2] != 'N' || png[3] != 'G') {
            throw new RuleViolationException(FieldError.of("signature", "validation.signature"));
        }
        if (png.length > MAX_BYTES) {
            throw new RuleViolationException(FieldError.of("signature", "validation.signature"));
        }
        this.png = png.clone();
        this.signedBy = Objects.requireNonNull(signedBy);
        this.signedAt = Objects.requireNonNull(signedAt);
        this.recordedBy = Objects.requireNonNull(recordedBy);
    }

    public Long getTicketId() {
        return ticketId;
    }

    public byte[] getPng() {
        return png.clone();
    }

    public String getSignedBy() {
        return signedBy;
    }

    public Instant getSignedAt() {
        return signedAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
