package org.aftersales.domain.tickets.dealer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.aftersales.domain.shared.AuditedEntity;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.Plausible;
import org.aftersales.domain.shared.RuleViolationException;
import org.aftersales.domain.shared.Text;

/**
 * T7: a dealer return (产品售后管理表) — every field of the paper form. The dealer fills in items
 * 1–8 (dealer, feedback date, model and colour, the end customer's purchase date, the problem, how
 * the unit arrives, the wanted handling and the accepted turnaround); after-sales then records, in
 * this order and each once, the receiving check (items 9–10), the judgement (11), the handling
 * decided (12) and the disposition of the returned unit (13), which closes it.
 *
 * <p>Invariants (T7): the receiving check is recorded once the unit arrived, with the time it did;
 * a judgement needs the receiving check, a decision the judgement, the disposition the decision (out
 * of turn → {@link StageOrderException}, nothing changed); an ABNORMAL function says what is wrong;
 * a unit sent by COURIER has a tracking number; the turnaround is one of the allowed ones
 * ({@link Turnarounds}); the due date is the day received plus the turnaround, and an open return
 * past it is overdue. Bad input → {@link RuleViolationException} with every broken field, nothing
 * changed. The return has its own number (T10) and is linked to the RETURN_EXCHANGE ticket that
 * carries the unit through the workshop.
 */
@Entity
@Table(name = "dealer_return")
public class DealerReturn extends AuditedEntity {

    static final int NAME_MAX = 200;
    static final int MODEL_MAX = 64;
    static final int COLOUR_MAX = 32;
    static final int SERIAL_MAX = 64;
    static final int TEXT_MAX = 2000;
    static final int NOTE_MAX = 500;
    static final int COURIER_MAX = 100;
    static final int TRACKING_MAX = 64;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "return_number", nullable = false, unique = true, updatable = false, length = 32)
    private String number;

    @Column(name = "department", nullable = false, updatable = false, length = 8)
    private String department;

    @Column(name = "ticket_number", nullable = false, updatable = false, length = 32)
    private String ticketNumber;

    // 1–8: filled in by the dealer
    @Column(name = "dealer_customer_id", updatable = false)
    private Long dealerCustomerId;

    @Column(name = "dealer_name", nullable = false, length = NAME_MAX)
    private String dealerName;

    @Column(name = "feedback_date", nullable = false)
    private LocalDate feedbackDate;

    @Column(name = "model", nullable = false, length = MODEL_MAX)
    private String model;

    @Column(name = "colour", length = COLOUR_MAX)
    private String colour;

    @Column(name = "serial_number", length = SERIAL_MAX)
    private String serialNumber;

    @Column(name = "purchase_date")
    private LocalDate purchaseDate;

    @Column(name = "problem", nullable = false, length = TEXT_MAX)
    private String problem;

    @Enumerated(EnumType.STRING)
    @Column(name = "arrival", nullable = false, length = 12)
    private Arrival arrival;

    @Column(name = "courier_company", length = COURIER_MAX)
    private String courierCompany;

    @Column(name = "tracking_number", length = TRACKING_MAX)
    private String trackingNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "wanted_handling", nullable = false, length = 24)
    private WantedHandling wantedHandling;

    @Column(name = "turnaround_days", nullable = false)
    private int turnaroundDays;

    @Enumerated(EnumType.STRING)
    @Column(name = "stage", nullable = false, length = 12)
    private DealerReturnStage stage;

    // 9–10: the receiving check
    @Column(name = "received_at")
    private Instant receivedAt;

    @Column(name = "received_by", length = 64)
    private String receivedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "appearance", length = 12)
    private Appearance appearance;

    @Enumerated(EnumType.STRING)
    @Column(name = "function_check", length = 12)
    private FunctionCheck function;

    @Column(name = "function_note", length = NOTE_MAX)
    private String functionNote;

    @Column(name = "accessories", length = NOTE_MAX)
    private String accessories;

    @Column(name = "receiving_note", length = NOTE_MAX)
    private String receivingNote;

    /** The day received plus the accepted turnaround (T7); null before the unit arrived. */
    @Column(name = "due_date")
    private LocalDate dueDate;

    // 11: the judgement
    @Enumerated(EnumType.STRING)
    @Column(name = "judgement", length = 20)
    private Judgement judgement;

    @Column(name = "judgement_note", length = NOTE_MAX)
    private String judgementNote;

    @Column(name = "judged_at")
    private Instant judgedAt;

    @Column(name = "judged_by", length = 64)
    private String judgedBy;

    // 12: the handling decided
    @Enumerated(EnumType.STRING)
    @Column(name = "handling", length = 20)
    private Handling handling;

    @Column(name = "decision_note", length = NOTE_MAX)
    private String decisionNote;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by", length = 64)
    private String decidedBy;

    // 13: what becomes of the returned unit
    @Enumerated(EnumType.STRING)
    @Column(name = "disposition", length = 24)
    private Disposition disposition;

    @Column(name = "disposition_note", length = NOTE_MAX)
    private String dispositionNote;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by", length = 64)
    private String closedBy;

    protected DealerReturn() {}

    /**
     * T7: the dealer's part of the form, as filed. Throws {@link RuleViolationException} with every
     * broken rule ({@link #check}).
     */
    public DealerReturn(
            String number,
            String department,
            String ticketNumber,
            DealerEntry entry,
            Turnarounds allowed,
            LocalDate today) {
        List<FieldError> errors = check(entry, allowed, today);
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        this.number = Objects.requireNonNull(number, "The number is required.");
        this.department = Objects.requireNonNull(department, "The department is required.");
        this.ticketNumber = Objects.requireNonNull(ticketNumber, "The ticket number is required.");
        this.dealerCustomerId = entry.dealerCustomerId();
        this.dealerName = entry.dealerName().strip();
        this.feedbackDate = entry.feedbackDate();
        this.model = entry.model().strip();
        this.colour = Text.optional(entry.colour());
        this.serialNumber = Text.optional(entry.serialNumber());
        this.purchaseDate = entry.purchaseDate();
        this.problem = entry.problem().strip();
        this.arrival = entry.arrival();
        this.courierCompany = arrival == Arrival.COURIER ? Text.optional(entry.courierCompany()) : null;
        this.trackingNumber = arrival == Arrival.COURIER ? Text.optional(entry.trackingNumber()) : null;
        this.wantedHandling = entry.wantedHandling();
        this.turnaroundDays = entry.turnaroundDays();
        this.stage = DealerReturnStage.REGISTERED;
    }

    /** T7 items 1–8, as the dealer fills them in. The customer id is the dealer's archive entry (C1), if known. */
    public record DealerEntry(
            Long dealerCustomerId,
            String dealerName,
            LocalDate feedbackDate,
            String model,
            String colour,
            String serialNumber,
            LocalDate purchaseDate,
            String problem,
            Arrival arrival,
            String courierCompany,
            String trackingNumber,
            WantedHandling wantedHandling,
            Integer turnaroundDays) {}

    /** T7 items 9–10: the unit as it arrived; {@code accessories} and {@code note} are optional. */
    public record ReceivingCheck(
            Instant receivedAt,
            Appearance appearance,
            FunctionCheck function,
            String functionNote,
            String accessories,
            String note) {}

    /** T7: every rule the dealer's part breaks, empty when it is complete. */
    public static List<FieldError> check(DealerEntry entry, Turnarounds allowed, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        text(errors, "dealerName", entry.dealerName(), true, NAME_MAX);
        if (entry.feedbackDate() == null) {
            errors.add(FieldError.of("feedbackDate", "validation.required"));
        } else if (today != null) {
            // issue 10.12: the feedback came on a day that has been, not before 1980
            Plausible.pastDate("feedbackDate", entry.feedbackDate(), today).ifPresent(errors::add);
        }
        text(errors, "model", entry.model(), true, MODEL_MAX);
        text(errors, "colour", entry.colour(), false, COLOUR_MAX);
        text(errors, "serialNumber", entry.serialNumber(), false, SERIAL_MAX);
        Optional<FieldError> purchase =
                today == null ? Optional.empty() : Plausible.pastDate("purchaseDate", entry.purchaseDate(), today);
        if (purchase.isPresent()) {
            errors.add(purchase.get());
        } else if (entry.purchaseDate() != null
                && entry.feedbackDate() != null
                && entry.purchaseDate().isAfter(entry.feedbackDate())) {
            errors.add(FieldError.of("purchaseDate", "validation.purchaseAfterFeedback"));
        }
        text(errors, "problem", entry.problem(), true, TEXT_MAX);
        if (entry.arrival() == null) {
            errors.add(FieldError.of("arrival", "validation.required"));
        } else if (entry.arrival() == Arrival.COURIER && isBlank(entry.trackingNumber())) {
            errors.add(FieldError.of("trackingNumber", "validation.trackingNumberRequired")); // T7: 快递送达，单号
        }
        text(errors, "courierCompany", entry.courierCompany(), false, COURIER_MAX);
        text(errors, "trackingNumber", entry.trackingNumber(), false, TRACKING_MAX);
        if (entry.wantedHandling() == null) {
            errors.add(FieldError.of("wantedHandling", "validation.required"));
        }
        if (entry.turnaroundDays() == null) {
            errors.add(FieldError.of("turnaroundDays", "validation.required"));
        } else if (!allowed.allows(entry.turnaroundDays())) {
            errors.add(
                    FieldError.of("turnaroundDays", "validation.turnaround", allowed.display())); // T7: 3 / 5 / 7 days
        }
        return errors;
    }

    /**
     * T7 items 9–10: the unit arrived at {@code check.receivedAt()} and looks and works as checked.
     * Starts the turnaround: due on the day received (in {@code zone}) plus the accepted days.
     */
    public void receive(ReceivingCheck check, String by, ZoneId zone) {
        expect(DealerReturnStage.REGISTERED);
        List<FieldError> errors = new ArrayList<>();
        if (check.receivedAt() == null) {
            errors.add(FieldError.of("receivedAt", "validation.required"));
        } else if (LocalDate.ofInstant(check.receivedAt(), zone).isBefore(feedbackDate)) {
            errors.add(FieldError.of("receivedAt", "validation.receivedBeforeFeedback"));
        }
        if (check.appearance() == null) {
            errors.add(FieldError.of("appearance", "validation.required"));
        }
        if (check.function() == null) {
            errors.add(FieldError.of("function", "validation.required"));
        } else if (check.function() == FunctionCheck.ABNORMAL && isBlank(check.functionNote())) {
            errors.add(FieldError.of("functionNote", "validation.abnormalNeedsDescription")); // T7: 异常：…
        }
        text(errors, "functionNote", check.functionNote(), false, NOTE_MAX);
        text(errors, "accessories", check.accessories(), false, NOTE_MAX);
        text(errors, "note", check.note(), false, NOTE_MAX);
        throwIfAny(errors);
        receivedAt = check.receivedAt();
        receivedBy = Objects.requireNonNull(by);
        appearance = check.appearance();
        function = check.function();
        functionNote = Text.optional(check.functionNote());
        accessories = Text.optional(check.accessories());
        receivingNote = Text.optional(check.note());
        dueDate = Turnarounds.dueOn(LocalDate.ofInstant(receivedAt, zone), turnaroundDays);
        stage = DealerReturnStage.RECEIVED;
    }

    /** T7 item 11: needs the receiving check. */
    public void judge(Judgement judgement, String note, Instant at, String by) {
        expect(DealerReturnStage.RECEIVED);
        List<FieldError> errors = new ArrayList<>();
        required(errors, "judgement", judgement);
        text(errors, "note", note, false, NOTE_MAX);
        notBefore(errors, at, receivedAt);
        throwIfAny(errors);
        this.judgement = judgement;
        this.judgementNote = Text.optional(note);
        this.judgedAt = at;
        this.judgedBy = Objects.requireNonNull(by);
        stage = DealerReturnStage.JUDGED;
    }

    /** T7 item 12: needs the judgement. */
    public void decide(Handling handling, String note, Instant at, String by) {
        expect(DealerReturnStage.JUDGED);
        List<FieldError> errors = new ArrayList<>();
        required(errors, "handling", handling);
        text(errors, "note", note, false, NOTE_MAX);
        notBefore(errors, at, judgedAt);
        throwIfAny(errors);
        this.handling = handling;
        this.decisionNote = Text.optional(note);
        this.decidedAt = at;
        this.decidedBy = Objects.requireNonNull(by);
        stage = DealerReturnStage.DECIDED;
    }

    /** T7 item 13: needs the decision; closes the return. */
    public void dispose(Disposition disposition, String note, Instant at, String by) {
        expect(DealerReturnStage.DECIDED);
        List<FieldError> errors = new ArrayList<>();
        required(errors, "disposition", disposition);
        text(errors, "note", note, false, NOTE_MAX);
        notBefore(errors, at, decidedAt);
        throwIfAny(errors);
        this.disposition = disposition;
        this.dispositionNote = Text.optional(note);
        this.closedAt = at;
        this.closedBy = Objects.requireNonNull(by);
        stage = DealerReturnStage.CLOSED;
    }

    /** T7: still open after its due date. Not before the unit arrived (no due date yet), never once closed. */
    public boolean isOverdue(LocalDate today) {
        return stage.isOpen() && dueDate != null && today.isAfter(dueDate);
    }

    private void expect(DealerReturnStage required) {
        if (stage != required) {
            throw new StageOrderException(number, stage, required.next());
        }
    }

    private static void notBefore(List<FieldError> errors, Instant at, Instant previous) {
        if (at == null) {
            errors.add(FieldError.of("at", "validation.required"));
        } else if (previous != null && at.isBefore(previous)) {
            errors.add(FieldError.of("at", "validation.beforePreviousStage"));
        }
    }

    private static void required(List<FieldError> errors, String field, Object value) {
        if (value == null) {
            errors.add(FieldError.of(field, "validation.required"));
        }
    }

    private static void text(List<FieldError> errors, String field, String value, boolean required, int max) {
        if (isBlank(value)) {
            if (required) {
                errors.add(FieldError.of(field, "validation.required"));
            }
        } else if (value.strip().length() > max) {
            errors.add(FieldError.of(field, "validation.tooLong"));
        }
    }

    private static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public String getDepartment() {
        return department;
    }

    public String getTicketNumber() {
        return ticketNumber;
    }

    public Long getDealerCustomerId() {
        return dealerCustomerId;
    }

    public String getDealerName() {
        return dealerName;
    }

    public LocalDate getFeedbackDate() {
        return feedbackDate;
    }

    public String getModel() {
        return model;
    }

    public String getColour() {
        return colour;
    }

    public String getSerialNumber() {
        return serialNumber;
    }

    public LocalDate getPurchaseDate() {
        return purchaseDate;
    }

    public String getProblem() {
        return problem;
    }

    public Arrival getArrival() {
        return arrival;
    }

    public String getCourierCompany() {
        return courierCompany;
    }

    public String getTrackingNumber() {
        return trackingNumber;
    }

    public WantedHandling getWantedHandling() {
        return wantedHandling;
    }

    public int getTurnaroundDays() {
        return turnaroundDays;
    }

    public DealerReturnStage getStage() {
        return stage;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public String getReceivedBy() {
        return receivedBy;
    }

    public Appearance getAppearance() {
        return appearance;
    }

    public FunctionCheck getFunction() {
        return function;
    }

    public String getFunctionNote() {
        return functionNote;
    }

    public String getAccessories() {
        return accessories;
    }

    public String getReceivingNote() {
        return receivingNote;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public Judgement getJudgement() {
        return judgement;
    }

    public String getJudgementNote() {
        return judgementNote;
    }

    public Instant getJudgedAt() {
        return judgedAt;
    }

    public String getJudgedBy() {
        return judgedBy;
    }

    public Handling getHandling() {
        return handling;
    }

    public String getDecisionNote() {
        return decisionNote;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Disposition getDisposition() {
        return disposition;
    }

    public String getDispositionNote() {
        return dispositionNote;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public String getClosedBy() {
        return closedBy;
    }

    @Override
    protected Map<String, String> auditState() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("number", number);
        state.put("ticketNumber", ticketNumber);
        state.put("stage", name(stage));
        state.put("dealerName", dealerName);
        state.put("model", model);
        state.put("serialNumber", serialNumber);
        state.put("arrival", name(arrival));
        state.put("trackingNumber", trackingNumber);
        state.put("wantedHandling", name(wantedHandling));
        state.put("turnaroundDays", String.valueOf(turnaroundDays));
        state.put("receivedAt", receivedAt == null ? null : receivedAt.toString());
        state.put("appearance", name(appearance));
        state.put("function", name(function));
        state.put("functionNote", functionNote);
        state.put("dueDate", dueDate == null ? null : dueDate.toString());
        state.put("judgement", name(judgement));
        state.put("handling", name(handling));
        state.put("disposition", name(disposition));
        return state;
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
