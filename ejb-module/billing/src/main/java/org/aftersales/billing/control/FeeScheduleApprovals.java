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
import org.aftersales.domain.approvals.ApprovalKind;
import org.aftersales.domain.approvals.ApprovalState;
import org.aftersales.domain.billing.FeeSchedule;
import org.aftersales.domain.shared.ConflictException;

/**
 * B1 on the approvals capability: a fee schedule version (subject {@code FS-<version>}) takes effect
 * once its FEE_SCHEDULE request is approved — in the transaction of the last decision; rejected or
 * withdrawn, the version is marked rejected and may be revised and submitted again.
 */
@Singleton
@Startup
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class FeeScheduleApprovals implements ApprovalHandler {

    @PersistenceContext(unitName = "aftersales")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @EJB
    private ApprovalHandlers handlers;

    @Inject
    private BillingSearch search;

    @EJB
    private InForceSchedule inForce;

    @PostConstruct
    void register() {
        handlers.register(ApprovalKind.FEE_SCHEDULE, context.getBusinessObject(ApprovalHandler.class));
    }

    @Override
    public void ended(Ending ending) {
        FeeSchedule schedule = version(ending.subject())
                .flatMap(search::lockedSchedule)
                .orElseThrow(() -> new ConflictException("error.approvalUnknown", ending.subject()));
        if (ending.state() == ApprovalState.APPROVED) {
            schedule.approve(ending.decidedBy(), ending.at());
        } else {
            schedule.reject(ending.reason(), ending.decidedBy(), ending.at());
        }
        em.flush();
        inForce.forget(); // B1: quotes take the approved version from now on
    }

    /** The version of a subject {@code FS-3}. */
    static java.util.Optional<Integer> version(String subject) {
        if (subject == null || !subject.startsWith("FS-")) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(Integer.parseInt(subject.substring(3)));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }
}
