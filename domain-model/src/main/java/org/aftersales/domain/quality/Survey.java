package org.aftersales.domain.quality;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import org.aftersales.domain.shared.ConflictException;

/**
 * Q5: the satisfaction questionnaire of one closed ticket, answered by the customer through a
 * one-time link without login.
 *
 * <p>Invariants: the token is random (256 bits, URL-safe) and unique; the survey is answered at most
 * once and not after it expired (conflict, nothing recorded); a score of 10 skips "why not";
 * {@link #opensComplaint} says when the answer opens a complaint.
 */
@Entity
@NamedQuery(name = "Survey.byToken", query = "SELECT s FROM Survey s WHERE s.token = :token")
@NamedQuery(name = "Survey.ofTicket", query = "SELECT s FROM Survey s WHERE s.ticketNumber = :ticket")
@Table(name = "survey")
public class Survey {

    /** Bytes of randomness in a token: 256 bits. */
    public static final int TOKEN_BYTES = 32;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "token", nullable = false, unique = true, updatable = false, length = 64)
    private String token;

    @Column(name = "ticket_number", nullable = false, unique = true, updatable = false, length = 32)
    private String ticketNumber;

    @Column(name = "customer_id", updatable = false)
    private Long customerId;

    @Column(name = "serial_number", length = 64, updatable = false)
    private String serialNumber;

    @Column(name = "department", length = 8, updatable = false)
    private String department;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "score")
    private Integer score;

    @Column(name = "why_not", length = 1000)
    private String whyNot;

    @Column(name = "taught_maintenance")
    private Boolean taughtMaintenance;

    @Column(name = "called_back")
    private Boolean calledBack;

    @Enumerated(EnumType.STRING)
    @Column(name = "satisfaction_level", length = 20)
    private SatisfactionLevel level;

    @Column(name = "product_stars")
    private Integer productStars;

    @Column(name = "service_stars")
    private Integer serviceStars;

    @Column(name = "complaint_number", length = 32)
    private String complaintNumber;

    protected Survey() {}

    public Survey(
            String token,
            String ticketNumber,
            Long customerId,
            String serialNumber,
            String department,
            Instant createdAt,
            Duration validFor) {
        this.token = Objects.requireNonNull(token, "The token is required.");
        this.ticketNumber = Objects.requireNonNull(ticketNumber, "The ticket is required.");
        this.customerId = customerId;
        this.serialNumber = serialNumber;
        this.department = department;
        this.createdAt = Objects.requireNonNull(createdAt);
        this.expiresAt = createdAt.plus(validFor);
    }

    /** Q5: a new one-time token: 256 random bits, URL-safe Base64 without padding (43 characters). */
    public static String newToken(SecureRandom random) {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The customer's answers (their ranges are the input's contract). */
    public record Answer(
            int score,
            String whyNot,
            boolean taughtMaintenance,
            boolean calledBack,
            SatisfactionLevel level,
            int productStars,
            int serviceStars) {}

    /** Q5: no second answer and none after expiry (conflict, nothing recorded). */
    public void checkOpen(Instant now) {
        if (answeredAt != null) {
            throw new ConflictException("error.surveyAnswered");
        }
        if (!now.isBefore(expiresAt)) {
            throw new ConflictException("error.surveyExpired");
        }
    }

    /** Q5: records the answer; a 10 skips "why not". */
    public void answer(Answer a, Instant now) {
        checkOpen(now);
        score = a.score();
        whyNot = a.score() >= 10 || a.whyNot() == null || a.whyNot().isBlank()
                ? null
                : a.whyNot().strip();
        taughtMaintenance = a.taughtMaintenance();
        calledBack = a.calledBack();
        level = Objects.requireNonNull(a.level(), "The level is required.");
        productStars = a.productStars();
        serviceStars = a.serviceStars();
        answeredAt = now;
    }

    /** Q5: a score at or below {@code scoreAtMost} (setting quality.complaint-score-at-most) or DISSATISFIED. */
    public static boolean opensComplaint(int score, SatisfactionLevel level, int scoreAtMost) {
        return score <= scoreAtMost || level == SatisfactionLevel.DISSATISFIED;
    }

    public void complaintOpened(String number) {
        complaintNumber = Objects.requireNonNull(number);
    }

    public boolean isAnswered() {
        return answeredAt != null;
    }

    public Long getId() {
        return id;
    }

    public String getToken() {
        return token;
    }

    public String getTicketNumber() {
        return ticketNumber;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public String getSerialNumber() {
        return serialNumber;
    }

    public String getDepartment() {
        return department;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public Integer getScore() {
        return score;
    }

    public String getWhyNot() {
        return whyNot;
    }

    public Boolean getTaughtMaintenance() {
        return taughtMaintenance;
    }

    public Boolean getCalledBack() {
        return calledBack;
    }

    public SatisfactionLevel getLevel() {
        return level;
    }

    public Integer getProductStars() {
        return productStars;
    }

    public Integer getServiceStars() {
        return serviceStars;
    }

    public String getComplaintNumber() {
        return complaintNumber;
    }
}
