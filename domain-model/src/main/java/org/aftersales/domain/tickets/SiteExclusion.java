package org.aftersales.domain.tickets;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.aftersales.domain.customers.warranty.Entitlement;
import org.aftersales.domain.customers.warranty.Exclusion;
import org.aftersales.domain.shared.ConflictException;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.RuleViolationException;

/**
 * W4: an exclusion the technician found on site (misuse, wiring not to code, repair by others …), with
 * a note or a photo, and the entitlement the ticket had before anything was found there. A manager
 * may waive it as a goodwill exception (approval kind WARRANTY_EXCEPTION).
 * Invariants: a note or a photo backs every exclusion; one exception request at a time; a granted
 * exception is final.
 */
@Entity
@Table(name = "ticket_site_exclusion")
@NamedQuery(
        name = "SiteExclusion.ofTicket",
        query = "SELECT x FROM SiteExclusion x WHERE x.ticketNumber = :ticket ORDER BY x.id")
public class SiteExclusion extends org.aftersales.domain.shared.AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "ticket_number", nullable = false, updatable = false, length = 32)
    private String ticketNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "exclusion", nullable = false, updatable = false, length = 30)
    private Exclusion exclusion;

    @Column(name = "note", length = 1000)
    private String note;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "photo")
    private byte[] photo;

    @Column(name = "has_photo", nullable = false)
    private boolean hasPhoto;

    @Column(name = "recorded_by", nullable = false, updatable = false, length = 64)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "base_entitlement", nullable = false, updatable = false, length = 12)
    private Entitlement baseEntitlement;

    @Column(name = "base_reason", updatable = false, length = 500)
    private String baseReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "goodwill", nullable = false, length = 10)
    private GoodwillState goodwill;

    @Column(name = "goodwill_reason", length = 500)
    private String goodwillReason;

    @Column(name = "goodwill_requested_by", length = 64)
    private String goodwillRequestedBy;

    @Column(name = "goodwill_decided_by", length = 64)
    private String goodwillDecidedBy;

    @Column(name = "goodwill_decided_at")
    private Instant goodwillDecidedAt;

    /** W4: when the customer was told that the repair is paid now, before any paid work. */
    @Column(name = "customer_told_at")
    private Instant customerToldAt;

    /** W4: where the notice went (the customer's e-mail address). */
    @Column(name = "customer_told_to", length = 200)
    private String customerToldTo;

    protected SiteExclusion() {}

    public SiteExclusion(
            String ticketNumber,
            Exclusion exclusion,
            String note,
            byte[] photo,
            String recordedBy,
            Instant recordedAt,
            EntitlementReassessment.Outcome base) {
        String text = note == null || note.isBlank() ? null : note.strip();
        boolean withPhoto = photo != null && photo.length > 0;
        if (text == null && !withPhoto) { // W4: the finding is documented
            throw new RuleViolationException(FieldError.of("note", "validation.noteOrPhoto"));
        }
        this.ticketNumber = Objects.requireNonNull(ticketNumber);
        this.exclusion = Objects.requireNonNull(exclusion);
        if (withPhoto) {
            this.photo = photo;
        }
        this.note = text;
        this.hasPhoto = withPhoto;
        this.recordedBy = Objects.requireNonNull(recordedBy);
        this.recordedAt = Objects.requireNonNull(recordedAt);
        this.baseEntitlement = base.entitlement();
        this.baseReason = base.reason();
        this.goodwill = GoodwillState.NONE;
    }

    /** W4: a goodwill exception is asked for (once at a time; a granted one is final → 409). */
    public void requestGoodwill(String reason, String by) {
        if (goodwill == GoodwillState.REQUESTED || goodwill == GoodwillState.GRANTED) {
            throw new ConflictException("error.goodwillState", ticketNumber, goodwill.name());
        }
        if (reason == null || reason.isBlank()) {
            throw new RuleViolationException(FieldError.of("reason", "validation.required"));
        }
        if (baseEntitlement == Entitlement.PAID) { // nothing to waive: the ticket was paid before the visit
            throw new ConflictException("error.goodwillNothingToWaive", ticketNumber);
        }
        goodwill = GoodwillState.REQUESTED;
        goodwillReason = reason.strip();
        goodwillRequestedBy = Objects.requireNonNull(by);
        goodwillDecidedBy = null;
        goodwillDecidedAt = null;
    }

    /** W4: the approval ended. */
    public void goodwillDecided(boolean granted, String by, Instant at) {
        if (goodwill != GoodwillState.REQUESTED) {
            throw new ConflictException("error.goodwillState", ticketNumber, goodwill.name());
        }
        goodwill = granted ? GoodwillState.GRANTED : GoodwillState.REFUSED;
        goodwillDecidedBy = by;
        goodwillDecidedAt = at;
    }

    /** W4: the customer was sent the notice that this finding makes the repair paid. */
    public void customerTold(String to, Instant at) {
        this.customerToldTo = Objects.requireNonNull(to);
        this.customerToldAt = Objects.requireNonNull(at);
    }

    /** The approval's subject: {@code <ticket>/E<id>}. */
    public String subject() {
        return ticketNumber + "/E" + id;
    }

    public EntitlementReassessment.Found found() {
        return new EntitlementReassessment.Found(exclusion, goodwill == GoodwillState.GRANTED);
    }

    public EntitlementReassessment.Outcome base() {
        return new EntitlementReassessment.Outcome(baseEntitlement, baseReason);
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getTicketNumber() {
        return ticketNumber;
    }

    public Exclusion getExclusion() {
        return exclusion;
    }

    public String getNote() {
        return note;
    }

    public byte[] getPhoto() {
        return photo;
    }

    public boolean isHasPhoto() {
        return hasPhoto;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public GoodwillState getGoodwill() {
        return goodwill;
    }

    public String getGoodwillReason() {
        return goodwillReason;
    }

    public String getGoodwillDecidedBy() {
        return goodwillDecidedBy;
    }

    public Instant getGoodwillDecidedAt() {
        return goodwillDecidedAt;
    }

    public Instant getCustomerToldAt() {
        return customerToldAt;
    }

    public String getCustomerToldTo() {
        return customerToldTo;
    }

    @Override
    protected Map<String, String> auditState() {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("ticketNumber", ticketNumber);
        s.put("exclusion", exclusion == null ? null : exclusion.name());
        s.put("note", note);
        s.put("goodwill", goodwill == null ? null : goodwill.name());
        s.put("goodwillReason", goodwillReason);
        s.put("goodwillDecidedBy", goodwillDecidedBy);
        s.put("customerToldAt", customerToldAt == null ? null : customerToldAt.toString());
        s.put("customerToldTo", customerToldTo);
        return s;
    }
}
