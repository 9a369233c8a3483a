package org.aftersales.billing.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.aftersales.accounts.boundary.Caller;
import org.aftersales.approvals.boundary.ApprovalViews.ApprovalDetail;
import org.aftersales.approvals.boundary.ApprovalViews.Submission;
import org.aftersales.approvals.boundary.Approvals;
import org.aftersales.billing.boundary.ExpenseViews.ClaimInput;
import org.aftersales.billing.boundary.ExpenseViews.ClaimView;
import org.aftersales.billing.boundary.ExpenseViews.PaymentInput;
import org.aftersales.billing.control.ExpenseSearch;
import org.aftersales.domain.accounts.Roles;
import org.aftersales.domain.billing.ExpenseClaim;
import org.aftersales.domain.billing.ExpenseClaimState;
import org.aftersales.domain.billing.ExpenseClaimType;
import org.aftersales.domain.billing.ExpenseQuota;
import org.aftersales.domain.billing.ExpenseRegister;
import org.aftersales.domain.numbering.DocumentKind;
import org.aftersales.domain.shared.PageResult;
import org.aftersales.domain.shared.UnknownEntityException;
import org.aftersales.numbering.boundary.DocumentNumbers;
import org.aftersales.settings.boundary.BusinessCalendar;

/**
 * B6 费用报销: the handler (经办人) files a claim in lines by category for tickets and a project; it walks
 * the chain of its type in its department (kind EXPENSE_CLAIM or EXPENSE_CLAIM_ACTUAL, control
 * ExpenseClaimApprovals); FINANCE pays approved claims. B7: the register of a month's claims against
 * each department's quota (费用登记 / 定额).
 */
@Stateless
@RolesAllowed({
    Roles.AGENT,
    Roles.DISPATCHER,
    Roles.TECHNICIAN,
    Roles.WAREHOUSE,
    Roles.FINANCE,
    Roles.QUALITY,
    Roles.MANAGER,
    Roles.ADMIN
})
public class ExpenseClaims {

    @PersistenceContext(unitName = "aftersales")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @EJB
    private Approvals approvals;

    @Inject
    private BusinessCalendar calendar;

    @EJB
    private DocumentNumbers numbers;

    @EJB
    private org.aftersales.tickets.boundary.TicketService tickets;

    @Inject
    private ExpenseSearch search;

    /** B6: files the claim in the caller's name and submits it to its chain. */
    public ClaimView file(@NotNull @Valid ClaimInput input) {
        ExpenseClaimType type = input.type() == null ? ExpenseClaimType.STANDARD : input.type();
        // the rules first (422 before a number is drawn), then the numbered claim from the checked draft
        ExpenseClaim.Draft draft = draft(type, input);
        Instant now = calendar.now();
        String number = numbers.next(
                        DocumentKind.EXPENSE_CLAIM, input.department(), YearMonth.from(now.atZone(calendar.zone())))
                .toString();
        ExpenseClaim claim = ExpenseClaim.file(number, input.department(), me(), now, calendar.today(), draft);
        em.persist(claim);
        em.flush();
        submit(claim);
        return view(claim);
    }

    /**
     * B6: the handler corrects a rejected (or withdrawn) claim and sends it through its chain again:
     * the same number, type and department (those of the input are ignored); the earlier rounds stay
     * with their approval requests ({@link #history}). Not the handler → 403 (a stranger: 404); not
     * rejected or withdrawn → 409.
     */
    public ClaimView resubmit(String number, @NotNull @Valid ClaimInput input) {
        visible(number);
        ExpenseClaim claim =
                search.claim(number, true).orElseThrow(() -> new UnknownEntityException("ExpenseClaim", number));
        ExpenseClaim.Draft draft = draft(claim.getType(), input);
        claim.resubmit(draft, me(), calendar.now());
        em.flush();
        submit(claim);
        return view(claim);
    }

    /** B6: every round of the claim's approval, oldest first (a resubmitted claim has several). */
    public List<org.aftersales.approvals.boundary.ApprovalViews.ApprovalSummary> history(String number) {
        ExpenseClaim claim = visible(number);
        return approvals.historyOf(claim.getType().approvalKind(), claim.subject());
    }

    /** The handler's entries checked (422), then the tickets they name (422). */
    private ExpenseClaim.Draft draft(ExpenseClaimType type, ClaimInput input) {
        ExpenseClaim.Draft draft = ExpenseClaim.check(
                type,
                input.project(),
                input.ticketNumbers(),
                input.lines().stream()
                        .map(l -> new ExpenseClaim.Line(
                                l.category(), l.description(), l.amount(), l.receipts(), l.ticketNumber()))
                        .toList());
        knownTickets(input.ticketNumbers());
        return draft;
    }

    /** B6: a chain that skips every step approves at once (the handler sees APPROVED). */
    private void submit(ExpenseClaim claim) {
        approvals.submit(new Submission(
                claim.getType().approvalKind(),
                claim.getDepartment(),
                claim.subject(),
                summary(claim),
                claim.getTotal()));
    }

    /** B6: FINANCE pays an approved claim (PAID); any other state → 409. */
    @RolesAllowed({Roles.FINANCE, Roles.ADMIN})
    public ClaimView pay(String number, @NotNull @Valid PaymentInput input) {
        ExpenseClaim claim =
                search.claim(number, true).orElseThrow(() -> new UnknownEntityException("ExpenseClaim", number));
        claim.pay(input.paidOn() == null ? calendar.today() : input.paidOn(), input.method(), me(), calendar.now());
        em.flush();
        return view(claim);
    }

    /** A claim, for its handler, finance, managers and administrators (anyone else: 404). */
    public ClaimView get(String number) {
        return view(visible(number));
    }

    /** The approval trail of a claim (its latest request), if it was submitted. */
    public java.util.Optional<ApprovalDetail> trail(String number) {
        ExpenseClaim claim = visible(number);
        return approvals.ofSubject(claim.getType().approvalKind(), claim.subject());
    }

    /** The caller's own claims, newest first. */
    public PageResult<ClaimView> mine(ExpenseClaimState state, int first, int size) {
        return page(search.claims(me(), null, state, null, first, size));
    }

    /** Claims by department, state and month (FINANCE's pay list: state APPROVED). */
    @RolesAllowed({Roles.FINANCE, Roles.MANAGER, Roles.ADMIN})
    public PageResult<ClaimView> list(
            String department, ExpenseClaimState state, YearMonth month, int first, int size) {
        return page(search.claims(null, department, state, month, first, size));
    }

    /** B7 (费用登记 / 定额): each department's quota of the month, what approved claims spent, what is pending. */
    @RolesAllowed({Roles.FINANCE, Roles.MANAGER, Roles.ADMIN})
    public List<ExpenseRegister> register(@NotNull YearMonth month) {
        Map<String, BigDecimal> quotas = new TreeMap<>();
        search.quotas(month).forEach(q -> quotas.put(q.getDepartment(), q.getAmount()));
        return ExpenseRegister.of(
                month,
                quotas,
                search.totals(month, EnumSet.of(ExpenseClaimState.APPROVED, ExpenseClaimState.PAID)),
                search.totals(month, EnumSet.of(ExpenseClaimState.PENDING)));
    }

    /** B7: sets a department's quota of a month (not negative). */
    @RolesAllowed({Roles.FINANCE, Roles.ADMIN})
    public ExpenseRegister setQuota(String department, @NotNull YearMonth month, @NotNull BigDecimal amount) {
        String d = department == null ? "" : department.strip();
        if (!d.matches("[A-Z]{2,6}")) {
            throw new org.aftersales.domain.shared.RuleViolationException(
                    org.aftersales.domain.shared.FieldError.of("department", "validation.department"));
        }
        search.quota(d, month)
                .ifPresentOrElse(q -> q.change(amount), () -> em.persist(new ExpenseQuota(d, month, amount)));
        em.flush();
        return register(month).stream()
                .filter(r -> r.department().equals(d))
                .findFirst()
                .orElseThrow();
    }

    /** Every named ticket exists (and the caller may see it), else 422 at its index. */
    private void knownTickets(List<String> numbers) {
        if (numbers == null) {
            return;
        }
        List<org.aftersales.domain.shared.FieldError> errors = new java.util.ArrayList<>();
        for (int i = 0; i < numbers.size(); i++) {
            String t = numbers.get(i).strip();
            if (tickets.find(t).isEmpty()) {
                errors.add(org.aftersales.domain.shared.FieldError.of(
                        "ticketNumbers[" + i + "]", "validation.unknownTicket", t));
            }
        }
        if (!errors.isEmpty()) {
            throw new org.aftersales.domain.shared.RuleViolationException(errors);
        }
    }

    private ExpenseClaim visible(String number) {
        ExpenseClaim claim =
                search.claim(number, false).orElseThrow(() -> new UnknownEntityException("ExpenseClaim", number));
        Caller caller = Caller.of(context);
        if (!claim.getHandler().equals(caller.name())
                && !caller.isAny(
                        org.aftersales.domain.accounts.Role.FINANCE, org.aftersales.domain.accounts.Role.MANAGER)) {
            throw new UnknownEntityException("ExpenseClaim", number);
        }
        return claim;
    }

    private static String summary(ExpenseClaim c) {
        StringBuilder s = new StringBuilder("费用报销 ").append(c.getTotal().toPlainString());
        if (c.getProject() != null) {
            s.append(" · ").append(c.getProject());
        }
        if (!c.getTicketNumbers().isEmpty()) {
            s.append(" · ").append(String.join(", ", c.getTicketNumbers()));
        }
        s.append(" · ").append(c.getLines().get(0).getDescription());
        return s.length() > 500 ? s.substring(0, 500) : s.toString();
    }

    private ClaimView view(ExpenseClaim c) {
        Long approval = approvals
                .ofSubject(c.getType().approvalKind(), c.subject())
                .map(d -> d.request().id())
                .orElse(null);
        return ClaimView.of(c, approval);
    }

    private PageResult<ClaimView> page(PageResult<ExpenseClaim> page) {
        return new PageResult<>(
                page.items().stream().map(c -> ClaimView.of(c, null)).toList(), page.total());
    }

    private String me() {
        return Caller.of(context).name();
    }
}
