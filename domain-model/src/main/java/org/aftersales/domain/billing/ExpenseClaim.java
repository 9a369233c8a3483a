package org.aftersales.domain.billing;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.aftersales.domain.shared.AuditedEntity;
import org.aftersales.domain.shared.ConflictException;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.NotPermittedException;
import org.aftersales.domain.shared.RuleViolationException;

/**
 * B6 费用报销单 (T10 number, form code BX): what the handler (经办人) spent for after-sales service, in
 * lines by category with their receipts, for the tickets and project it names. It walks the approval
 * chain of its type in its department (PENDING); the last approval makes it APPROVED, a rejection or
 * withdrawal ends it; FINANCE then pays it (PAID, with the day and method). Invariants: at least one
 * line, every amount positive and rounded to the cent, the total is the sum of the lines, a line's
 * ticket is one of the claim's, an actual-cost claim names its project; only an approved claim is
 * paid, once.
 */
@Entity
@NamedQuery(name = "ExpenseClaim.byNumber", query = "SELECT c FROM ExpenseClaim c WHERE c.number = :number")
@NamedQuery(
        name = "ExpenseClaim.ofTicket",
        query = "SELECT DISTINCT c FROM ExpenseClaim c JOIN c.ticketNumbers t WHERE t = :ticket AND c.state IN :states")
@NamedQuery(
        name = "ExpenseClaim.spent",
        query = "SELECT c.department, SUM(c.total) FROM ExpenseClaim c WHERE c.state IN :states"
                + " AND c.filedOn >= :from AND c.filedOn <= :to GROUP BY c.department")
@NamedQuery(
        name = "ExpenseClaim.spentWithoutTickets",
        query = "SELECT SUM(c.total) FROM ExpenseClaim c WHERE c.department = :department AND c.state IN :states"
                + " AND c.ticketNumbers IS EMPTY AND c.filedOn >= :from AND c.filedOn <= :to")
@Table(name = "expense_claim")
public class ExpenseClaim extends AuditedEntity {

    public static final int MAX_LINES = 50;
    public static final int MAX_TICKETS = 20;

    /** A line as the handler enters it. */
    public record Line(
            ExpenseCategory category, String description, BigDecimal amount, int receipts, String ticketNumber) {}

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "claim_number", nullable = false, unique = true, updatable = false, length = 32)
    private String number;

    @Enumerated(EnumType.STRING)
    @Column(name = "claim_type", nullable = false, updatable = false, length = 12)
    private ExpenseClaimType type;

    @Column(name = "department", nullable = false, updatable = false, length = 8)
    private String department;

    @Column(name = "project", length = 32)
    private String project;

    /** 经办人. */
    @Column(name = "handler", nullable = false, updatable = false, length = 64)
    private String handler;

    @Column(name = "filed_at", nullable = false, updatable = false)
    private Instant filedAt;

    /** The business day it was filed: the month of the register (费用登记) it counts in. */
    @Column(name = "filed_on", nullable = false, updatable = false)
    private LocalDate filedOn;

    @Column(name = "total", nullable = false, precision = 14, scale = 2)
    private BigDecimal total;

    @Column(name = "receipts", nullable = false)
    private int receipts;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "expense_claim_ticket", joinColumns = @JoinColumn(name = "claim_id"))
    @OrderColumn(name = "position")
    @Column(name = "ticket_number", nullable = false, length = 32)
    private List<String> ticketNumbers = new ArrayList<>();

    @OneToMany(mappedBy = "claim", cascade = CascadeType.PERSIST, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("lineNo ASC")
    private List<ExpenseClaimLine> lines = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 12)
    private ExpenseClaimState state;

    @Column(name = "decided_by", length = 64)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_reason", length = 500)
    private String decisionReason;

    @Column(name = "paid_on")
    private LocalDate paidOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "payment_method", length = 10)
    private ChargePaymentMethod paymentMethod;

    @Column(name = "paid_by", length = 64)
    private String paidBy;

    @Column(name = "paid_at")
    private Instant paidAt;

    /** B6: how often the handler corrected the rejected (or withdrawn) claim and sent it through its chain again. */
    @Column(name = "resubmissions", nullable = false)
    private int resubmissions;

    @Column(name = "resubmitted_at")
    private Instant resubmittedAt;

    protected ExpenseClaim() {}

    /**
     * B6: what the handler entered, checked — every broken rule at once with its field path
     * ({@code lines[1].amount}) as a 422 — before a number is drawn; {@link #file} and
     * {@link #resubmit} take only a checked draft.
     */
    public static final class Draft {
        private final ExpenseClaimType type;
        private final String project;
        private final List<String> ticketNumbers;
        private final List<Line> lines;

        private Draft(ExpenseClaimType type, String project, List<String> ticketNumbers, List<Line> lines) {
            this.type = type;
            this.project = project;
            this.ticketNumbers = ticketNumbers;
            this.lines = lines;
        }

        public ExpenseClaimType type() {
            return type;
        }

        public List<String> ticketNumbers() {
            return ticketNumbers;
        }
    }

    /** B6: checks a claim as entered (422 with every broken rule); the clean draft to file or resubmit. */
    public static Draft check(ExpenseClaimType type, String project, List<String> ticketNumbers, List<Line> lines) {
        List<String> tickets = ticketNumbers == null
                ? List.of()
                : List.copyOf(new LinkedHashSet<>(ticketNumbers.stream()
                        .filter(t -> t != null && !t.isBlank())
                        .map(String::strip)
                        .toList()));
        List<FieldError> errors = new ArrayList<>();
        if (type == null) {
            errors.add(FieldError.of("type", "validation.required"));
        } else if (type.needsProject() && (project == null || project.isBlank())) {
            errors.add(FieldError.of("project", "validation.expenseProjectRequired"));
        }
        if (tickets.size() > MAX_TICKETS) {
            errors.add(FieldError.of("ticketNumbers", "validation.tooManyMax", MAX_TICKETS));
        }
        if (lines == null || lines.isEmpty()) {
            errors.add(FieldError.of("lines", "validation.required"));
        } else if (lines.size() > MAX_LINES) {
            errors.add(FieldError.of("lines", "validation.tooManyMax", MAX_LINES));
        } else {
            for (int i = 0; i < lines.size(); i++) {
                Line l = lines.get(i);
                String at_ = "lines[" + i + "].";
                if (l == null) {
                    errors.add(FieldError.of("lines[" + i + "]", "validation.required"));
                    continue;
                }
                if (l.category() == null) {
                    errors.add(FieldError.of(at_ + "category", "validation.required"));
                }
                if (l.description() == null || l.description().isBlank()) {
                    errors.add(FieldError.of(at_ + "description", "validation.required"));
                }
                if (l.amount() == null || Cents.of(l.amount()).signum() <= 0) {
                    errors.add(FieldError.of(at_ + "amount", "validation.amountPositive"));
                }
                if (l.receipts() < 0) {
                    errors.add(FieldError.of(at_ + "receipts", "validation.positive"));
                }
                if (l.ticketNumber() != null
                        && !l.ticketNumber().isBlank()
                        && !tickets.contains(l.ticketNumber().strip())) {
                    errors.add(FieldError.of(at_ + "ticketNumber", "validation.expenseLineTicket"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        List<Line> clean = lines.stream()
                .map(l -> new Line(
                        l.category(),
                        l.description().strip(),
                        l.amount(),
                        l.receipts(),
                        l.ticketNumber() == null || l.ticketNumber().isBlank()
                                ? null
                                : l.ticketNumber().strip()))
                .toList();
        return new Draft(type, project == null || project.isBlank() ? null : project.strip(), tickets, clean);
    }

    /** B6: the handler files a claim (the rules as {@link #check}). */
    public static ExpenseClaim file(
            String number,
            ExpenseClaimType type,
            String department,
            String project,
            String handler,
            Instant at,
            LocalDate day,
            List<String> ticketNumbers,
            List<Line> lines) {
        return file(number, department, handler, at, day, check(type, project, ticketNumbers, lines));
    }

    /** B6: the numbered claim of a checked draft, PENDING on its chain. */
    public static ExpenseClaim file(
            String number, String department, String handler, Instant at, LocalDate day, Draft draft) {
        ExpenseClaim c = new ExpenseClaim();
        c.number = Objects.requireNonNull(number);
        c.type = draft.type;
        c.department = Objects.requireNonNull(department);
        c.handler = Objects.requireNonNull(handler);
        c.filedAt = Objects.requireNonNull(at);
        c.filedOn = Objects.requireNonNull(day);
        c.take(draft);
        c.state = ExpenseClaimState.PENDING;
        return c;
    }

    /**
     * B6: the handler corrects a rejected (or withdrawn) claim and sends it through its chain again —
     * the same number, type, department and filing day; the earlier rounds stay with the approval
     * requests and the audit log. Anyone but the handler → 403; any other state → 409; the type of a
     * claim (its chain) does not change → 422.
     */
    public void resubmit(Draft draft, String by, Instant at) {
        if (!handler.equals(by)) {
            throw new NotPermittedException("error.expenseClaimNotHandler", number);
        }
        if (state != ExpenseClaimState.REJECTED && state != ExpenseClaimState.WITHDRAWN) {
            throw new ConflictException("error.expenseClaimState", number, state.name());
        }
        if (draft.type != type) {
            throw new RuleViolationException(FieldError.of("type", "validation.expenseTypeFixed"));
        }
        take(draft);
        state = ExpenseClaimState.PENDING;
        decidedBy = null;
        decidedAt = null;
        decisionReason = null;
        resubmissions++;
        resubmittedAt = Objects.requireNonNull(at);
    }

    /** The draft's project, tickets and lines (lines kept by their number, corrected in place). */
    private void take(Draft draft) {
        project = draft.project;
        ticketNumbers.clear();
        ticketNumbers.addAll(draft.ticketNumbers);
        while (lines.size() > draft.lines.size()) {
            lines.remove(lines.size() - 1);
        }
        BigDecimal sum = Cents.ZERO;
        int count = 0;
        for (int i = 0; i < draft.lines.size(); i++) {
            Line l = draft.lines.get(i);
            if (i < lines.size()) {
                lines.get(i).correct(l);
            } else {
                lines.add(new ExpenseClaimLine(this, i + 1, l));
            }
            sum = sum.add(lines.get(i).getAmount());
            count += lines.get(i).getReceipts();
        }
        total = sum;
        receipts = count;
    }

    /** The subject of its approval request. */
    public String subject() {
        return number;
    }

    /** B6: the chain ended; APPROVED makes the claim payable, anything else ends it. */
    public void decided(boolean approved, String by, String reason, Instant at, boolean withdrawn) {
        if (state != ExpenseClaimState.PENDING) {
            throw new ConflictException("error.expenseClaimState", number, state.name());
        }
        state = approved
                ? ExpenseClaimState.APPROVED
                : withdrawn ? ExpenseClaimState.WITHDRAWN : ExpenseClaimState.REJECTED;
        decidedBy = by;
        decidedAt = Objects.requireNonNull(at);
        decisionReason = reason;
    }

    /** B6: FINANCE pays an approved claim, once; any other state → 409. */
    public void pay(LocalDate day, ChargePaymentMethod method, String by, Instant at) {
        if (state != ExpenseClaimState.APPROVED) {
            throw new ConflictException("error.expenseClaimState", number, state.name());
        }
        if (method == null) {
            throw new RuleViolationException(FieldError.of("method", "validation.required"));
        }
        if (day == null) {
            throw new RuleViolationException(FieldError.of("paidOn", "validation.required"));
        }
        state = ExpenseClaimState.PAID;
        paidOn = day;
        paymentMethod = method;
        paidBy = Objects.requireNonNull(by);
        paidAt = Objects.requireNonNull(at);
    }

    /**
     * B5, B6: what this claim adds to the costs of {@code ticket} by category, once approved (else
     * nothing). A line naming a ticket belongs to it alone; a line naming none is shared by the claim's
     * tickets in equal parts, to the cent, the first tickets taking the cents left over.
     */
    public Map<ExpenseCategory, BigDecimal> amountsFor(String ticket) {
        Map<ExpenseCategory, BigDecimal> out = new EnumMap<>(ExpenseCategory.class);
        int at = ticketNumbers.indexOf(ticket);
        if (!state.approved() || at < 0) {
            return out;
        }
        for (ExpenseClaimLine l : lines) {
            BigDecimal part;
            if (l.getTicketNumber() != null) {
                part = l.getTicketNumber().equals(ticket) ? l.getAmount() : BigDecimal.ZERO;
            } else {
                part = share(l.getAmount(), ticketNumbers.size(), at);
            }
            if (part.signum() != 0) {
                out.merge(l.getCategory(), part, BigDecimal::add);
            }
        }
        return out;
    }

    /** The {@code index}-th of {@code parts} equal shares of {@code amount} in cents; the first take the rest. */
    static BigDecimal share(BigDecimal amount, int parts, int index) {
        long cents = amount.movePointRight(Cents.SCALE).longValueExact();
        long each = cents / parts;
        long rest = cents % parts;
        return BigDecimal.valueOf(each + (index < rest ? 1 : 0), Cents.SCALE);
    }

    /** The total by category. */
    public Map<ExpenseCategory, BigDecimal> byCategory() {
        Map<ExpenseCategory, BigDecimal> out = new EnumMap<>(ExpenseCategory.class);
        lines.forEach(l -> out.merge(l.getCategory(), l.getAmount(), BigDecimal::add));
        return out;
    }

    @Override
    protected Map<String, String> auditState() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("number", number);
        m.put("type", type.name());
        m.put("department", department);
        m.put("project", project);
        m.put("total", total.toPlainString());
        m.put("tickets", String.join(",", ticketNumbers));
        m.put("resubmissions", String.valueOf(resubmissions));
        m.put("state", state.name());
        m.put("paidOn", paidOn == null ? null : paidOn.toString());
        return m;
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public ExpenseClaimType getType() {
        return type;
    }

    public String getDepartment() {
        return department;
    }

    public String getProject() {
        return project;
    }

    public String getHandler() {
        return handler;
    }

    public Instant getFiledAt() {
        return filedAt;
    }

    public LocalDate getFiledOn() {
        return filedOn;
    }

    public BigDecimal getTotal() {
        return total;
    }

    public int getReceipts() {
        return receipts;
    }

    public List<String> getTicketNumbers() {
        return List.copyOf(ticketNumbers);
    }

    public List<ExpenseClaimLine> getLines() {
        return List.copyOf(lines);
    }

    public ExpenseClaimState getState() {
        return state;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public LocalDate getPaidOn() {
        return paidOn;
    }

    public ChargePaymentMethod getPaymentMethod() {
        return paymentMethod;
    }

    public String getPaidBy() {
        return paidBy;
    }

    public Instant getPaidAt() {
        return paidAt;
    }

    public int getResubmissions() {
        return resubmissions;
    }

    public Instant getResubmittedAt() {
        return resubmittedAt;
    }
}
