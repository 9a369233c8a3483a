package org.aftersales.billing.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.aftersales.approvals.boundary.ApprovalHandler;
import org.aftersales.approvals.boundary.ApprovalHandlers;
import org.aftersales.approvals.boundary.ApprovalViews.Ending;
import org.aftersales.domain.approvals.ApprovalState;
import org.aftersales.domain.billing.ExpenseClaim;
import org.aftersales.domain.billing.ExpenseClaimType;
import org.aftersales.domain.shared.ConflictException;
import org.aftersales.tickets.boundary.TicketService;

/**
 * B6 on the approvals capability: an expense claim (subject: its number) on either chain — the
 * standard one (kind EXPENSE_CLAIM) or the actual-cost one (EXPENSE_CLAIM_ACTUAL) — becomes APPROVED in
 * the transaction of the last approval, REJECTED or WITHDRAWN when the request ends so. An approved
 * claim books its tickets' costs again (B5), so their supplier claims and budgets follow.
 */
@Singleton
@Startup
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ExpenseClaimApprovals implements ApprovalHandler {

    @PersistenceContext(unitName = "aftersales")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @EJB
    private ApprovalHandlers handlers;

    @Inject
    private ExpenseSearch search;

    @EJB
    private TicketService tickets;

    @Inject
    private CostSearch costs;

    @Inject
    private CostBooker booker;

    @Inject
    private BudgetWatch budgets;

    @PostConstruct
    void register() {
        ApprovalHandler me = context.getBusinessObject(ApprovalHandler.class);
        for (ExpenseClaimType type : ExpenseClaimType.values()) {
            handlers.register(type.approvalKind(), me);
        }
    }

    @Override
    public void ended(Ending ending) {
        ExpenseClaim claim = search.claim(ending.subject(), true)
                .filter(c -> c.getType().approvalKind() == ending.kind())
                .orElseThrow(() -> new ConflictException("error.approvalUnknown", ending.subject()));
        claim.decided(
                ending.state() == ApprovalState.APPROVED,
                ending.decidedBy(),
                ending.reason(),
                ending.at(),
                ending.state() == ApprovalState.WITHDRAWN);
        em.flush();
        if (ending.state() == ApprovalState.APPROVED) {
            // B5: an approved claim changes its tickets' actual cost — those already booked are booked again
            for (String ticket : claim.getTicketNumbers()) {
                if (costs.booking(ticket).isPresent()) {
                    tickets.find(ticket).ifPresent(t -> booker.book(t, ending.decidedBy()));
                }
            }
            if (claim.getTicketNumbers().isEmpty()) {
                // B5: a claim of no ticket counts on its department's budget directly — warn at 80 %/100 %
                budgets.check(claim.getDepartment(), claim.getFiledOn().getYear());
            }
        }
    }
}
