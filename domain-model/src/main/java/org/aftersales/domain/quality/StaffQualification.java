package org.aftersales.domain.quality;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.aftersales.domain.accounts.Qualification;

/** A qualification (M2: electrician, pressure vessel …) a service person holds, with its expiry; warned about once before it lapses (Q9). */
@Entity
@Table(name = "staff_qualification")
public class StaffQualification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "staff_id", nullable = false, updatable = false)
    private StaffRecord staff;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private Qualification kind;

    @Column(name = "certificate_number", length = 64)
    private String certificateNumber;

    @Column(name = "issued_on")
    private LocalDate issuedOn;

    @Column(name = "expires_on")
    private LocalDate expiresOn;

    @Column(name = "warned_at")
    private Instant warnedAt;

    protected StaffQualification() {}

    StaffQualification(
            StaffRecord staff, Qualification kind, String certificateNumber, LocalDate issuedOn, LocalDate expiresOn) {
        this.staff = staff;
        this.kind = java.util.Objects.requireNonNull(kind, "The qualification is required.");
        this.certificateNumber =
                certificateNumber == null || certificateNumber.isBlank() ? null : certificateNumber.strip();
        this.issuedOn = issuedOn;
        this.expiresOn = expiresOn;
    }

    public boolean warningDue(int warningDays, LocalDate today) {
        return QualificationExpiry.warningDue(expiresOn, warnedAt != null, warningDays, today);
    }

    public Long getId() {
        return id;
    }

    /** Marks the warning given (Q9: once per qualification). */
    public void warned(Instant at) {
        this.warnedAt = at;
    }

    /** A renewed certificate: a new expiry is warned about again. */
    public void renew(String certificateNumber, LocalDate issuedOn, LocalDate expiresOn) {
        this.certificateNumber =
                certificateNumber == null || certificateNumber.isBlank() ? null : certificateNumber.strip();
        this.issuedOn = issuedOn;
        if (expiresOn == null || !expiresOn.equals(this.expiresOn)) {
            this.warnedAt = null;
        }
        this.expiresOn = expiresOn;
    }

    public StaffRecord getStaff() {
        return staff;
    }

    public Qualification getKind() {
        return kind;
    }

    public String getCertificateNumber() {
        return certificateNumber;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public Instant getWarnedAt() {
        return warnedAt;
    }
}
