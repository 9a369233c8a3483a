package org.aftersales.domain.approvals;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aftersales.domain.shared.AuditedEntity;
import org.aftersales.domain.shared.ConflictException;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.RuleViolationException;

/**
 * 授权人: a decider hands their approvals to a colleague for a period (both days included, in the
 * department's calendar). The delegate then decides in the delegator's place, and the decision keeps
 * both names. A delegation ends early when it is revoked; it is never deleted.
 */
@Entity
@Table(name = "approval_delegation")
@NamedQuery(
        name = "Delegation.activeFor",
        query = "SELECT d FROM Delegation d WHERE d.toUser = :user AND d.revokedAt IS NULL"
                + " AND d.validFrom <= :day AND d.validUntil >= :day")
public class Delegation extends AuditedEntity {

    /** The longest delegation: a year. */
    public static final int MAX_DAYS = 366;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "from_user", nullable = false, updatable = false, length = 64)
    private String fromUser;

    @Column(name = "to_user", nullable = false, updatable = false, length = 64)
    private String toUser;

    @Column(name = "valid_from", nullable = false, updatable = false)
    private LocalDate validFrom;

    @Column(name = "valid_until", nullable = false, updatable = false)
    private LocalDate validUntil;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by", length = 64)
    private String revokedBy;

    protected Delegation() {}

    /** The rules of a new delegation; every broken one with its field. */
    public Delegation(String from, String to, LocalDate validFrom, LocalDate validUntil, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (from == null || from.isBlank()) {
            errors.add(FieldError.of("from", "validation.required"));
        }
        if (to == null || to.isBlank()) {
            errors.add(FieldError.of("to", "validation.required"));
        } else if (to.strip().equals(from == null ? null : from.strip())) {
            errors.add(FieldError.of("to", "validation.delegateSelf"));
        }
        if (validFrom == null) {
            errors.add(FieldError.of("validFrom", "validation.required"));
        }
        if (validUntil == null) {
            errors.add(FieldError.of("validUntil", "validation.required"));
        } else if (today != null && validUntil.isBefore(today)) {
            errors.add(FieldError.of("validUntil", "validation.delegationPast"));
        }
        if (validFrom != null && validUntil != null) {
            if (validUntil.isBefore(validFrom)) {
                errors.add(FieldError.of("validUntil", "validation.dateOrder"));
            } else if (validFrom.plusDays(MAX_DAYS).isBefore(validUntil)) {
                errors.add(FieldError.of("validUntil", "validation.delegationTooLong", MAX_DAYS));
            }
        }
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        this.fromUser = from.strip();
        this.toUser = to.strip();
        this.validFrom = validFrom;
        this.validUntil = validUntil;
    }

    /** Whether the delegate decides in the delegator's place on this day. */
    public boolean activeOn(LocalDate day) {
        return revokedAt == null && !day.isBefore(validFrom) && !day.isAfter(validUntil);
    }

    public void revoke(String by, Instant at) {
        if (revokedAt != null) {
            throw new ConflictException("error.delegationRevoked", fromUser, toUser);
        }
        revokedAt = at;
        revokedBy = by;
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getFromUser() {
        return fromUser;
    }

    public String getToUser() {
        return toUser;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public String getRevokedBy() {
        return revokedBy;
    }

    @Override
    protected Map<String, String> auditState() {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("from", fromUser);
        s.put("to", toUser);
        s.put("validFrom", validFrom.toString());
        s.put("validUntil", validUntil.toString());
        if (revokedAt != null) {
            s.put("revokedBy", revokedBy);
        }
        return s;
    }
}
