package org.aftersales.approvals.boundary;

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
import java.util.List;
import org.aftersales.accounts.boundary.Caller;
import org.aftersales.accounts.boundary.StaffMember;
import org.aftersales.accounts.boundary.UserService;
import org.aftersales.approvals.boundary.ApprovalViews.DelegationView;
import org.aftersales.approvals.boundary.ApprovalViews.NewDelegation;
import org.aftersales.approvals.control.Deciders;
import org.aftersales.domain.accounts.Role;
import org.aftersales.domain.accounts.Roles;
import org.aftersales.domain.approvals.Delegation;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.NotPermittedException;
import org.aftersales.domain.shared.RuleViolationException;
import org.aftersales.domain.shared.UnknownEntityException;
import org.aftersales.settings.boundary.BusinessCalendar;

/**
 * 授权人: a decider hands their approvals to a colleague for a period. Anyone delegates their own;
 * an administrator records a delegation for someone who cannot (on leave). Revoked, never deleted.
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
public class Delegations {

    @PersistenceContext(unitName = "aftersales")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @EJB
    private UserService users;

    @Inject
    private BusinessCalendar calendar;

    @EJB
    private Deciders deciders;

    public DelegationView create(@NotNull @Valid NewDelegation d) {
        Caller caller = Caller.of(context);
        if (!caller.name().equals(d.from().strip()) && !caller.is(Role.ADMIN)) {
            throw new NotPermittedException("error.delegationNotYours");
        }
        Delegation delegation = new Delegation(d.from(), d.to(), d.validFrom(), d.validUntil(), calendar.today());
        if (users.staffMember(delegation.getFromUser()).isEmpty()) {
            throw new RuleViolationException(FieldError.of("from", "validation.unknownUser", delegation.getFromUser()));
        }
        if (users.staffMember(delegation.getToUser())
                .filter(StaffMember::active)
                .filter(s -> !s.roles().contains(Role.PARTNER) || s.roles().size() > 1)
                .isEmpty()) {
            throw new RuleViolationException(FieldError.of("to", "validation.unknownUser", delegation.getToUser()));
        }
        em.persist(delegation);
        em.flush();
        return DelegationView.of(delegation);
    }

    /** The delegations the caller gave or received (an administrator: all), newest first. */
    public List<DelegationView> mine() {
        Caller caller = Caller.of(context);
        return deciders.delegations(caller.is(Role.ADMIN) ? null : caller.name()).stream()
                .map(DelegationView::of)
                .toList();
    }

    /** Ends a delegation now: its delegator or an administrator. */
    public DelegationView revoke(long id) {
        Caller caller = Caller.of(context);
        Delegation d = em.find(Delegation.class, id);
        if (d == null || !(caller.name().equals(d.getFromUser()) || caller.is(Role.ADMIN))) {
            throw new UnknownEntityException("Delegation", id);
        }
        d.revoke(caller.name(), calendar.now());
        em.flush();
        return DelegationView.of(d);
    }
}
