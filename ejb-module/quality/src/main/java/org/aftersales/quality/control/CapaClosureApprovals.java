package org.aftersales.quality.control;

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
import org.aftersales.domain.quality.CorrectiveAction;
import org.aftersales.domain.shared.ConflictException;

/**
 * Q3 on the approvals capability: a corrective action (subject {@code CAPA-<id>}) is CLOSED once its
 * CAPA_CLOSURE request is approved — in the transaction of the last decision; rejected or withdrawn,
 * it stays VERIFIED with the reason and the closure may be asked for again with better evidence.
 */
@Singleton
@Startup
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class CapaClosureApprovals implements ApprovalHandler {

    @PersistenceContext(unitName = "aftersales")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @EJB
    private ApprovalHandlers handlers;

    @Inject
    private RecordsSearch search;

    @PostConstruct
    void register() {
        handlers.register(ApprovalKind.CAPA_CLOSURE, context.getBusinessObject(ApprovalHandler.class));
    }

    @Override
    public void ended(Ending ending) {
        CorrectiveAction action = idOf(ending.subject())
                .flatMap(search::lockedCapa)
                .orElseThrow(() -> new ConflictException("error.approvalUnknown", ending.subject()));
        action.closureDecided(
                ending.state() == ApprovalState.APPROVED, ending.reason(), ending.decidedBy(), ending.at());
        em.flush();
    }

    private static java.util.Optional<Long> idOf(String subject) {
        try {
            return java.util.Optional.of(Long.parseLong(subject.substring(subject.indexOf('-') + 1)));
        } catch (RuntimeException e) {
            return java.util.Optional.empty();
        }
    }
}
