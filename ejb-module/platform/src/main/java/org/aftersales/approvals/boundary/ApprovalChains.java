package org.aftersales.approvals.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.aftersales.accounts.boundary.StaffMember;
import org.aftersales.accounts.boundary.UserService;
import org.aftersales.approvals.boundary.ApprovalViews.ChainInput;
import org.aftersales.approvals.boundary.ApprovalViews.ChainView;
import org.aftersales.approvals.boundary.ApprovalViews.StepInput;
import org.aftersales.domain.accounts.Roles;
import org.aftersales.domain.approvals.ApprovalChain;
import org.aftersales.domain.approvals.ApprovalKind;
import org.aftersales.domain.approvals.StepRule;
import org.aftersales.domain.shared.ConflictException;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.RuleViolationException;

/**
 * The approval chains, as data an administrator changes on a screen when positions change: per kind
 * a default chain and, where a department works differently, the department's own. A running request
 * keeps the steps it started with.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class ApprovalChains {

    private static final java.util.regex.Pattern DEPARTMENT = java.util.regex.Pattern.compile("[A-Z]{1,8}");

    @PersistenceContext(unitName = "aftersales")
    private EntityManager em;

    @EJB
    private UserService users;

    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.FINANCE, Roles.QUALITY})
    public List<ChainView> all() {
        return em.createNamedQuery("ApprovalChain.all", ApprovalChain.class).getResultList().stream()
                .map(ApprovalChains::view)
                .toList();
    }

    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.FINANCE, Roles.QUALITY})
    public Optional<ChainView> find(ApprovalKind kind, String department) {
        return stored(kind, department).map(ApprovalChains::view);
    }

    /**
     * Replaces (or creates) the chain of a kind in a department ({@code null}: the kind's default).
     * Every named decider must be a colleague (422 on the field); {@code expectedVersion}, when given,
     * must match (409: someone else changed it meanwhile).
     */
    public ChainView put(
            @NotNull ApprovalKind kind, String department, @NotNull @Valid ChainInput input, Long expectedVersion) {
        String dept = department(department);
        List<StepRule> rules = input.steps().stream().map(StepInput::rule).toList();
        StepRule.check(rules);
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            for (String u : rules.get(i).users()) {
                if (users.staffMember(u).filter(StaffMember::active).isEmpty()) {
                    errors.add(FieldError.of("steps[" + i + "].users", "validation.unknownUser", u));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        Optional<ApprovalChain> existing = stored(kind, dept);
        if (expectedVersion != null
                && existing.map(c -> c.getVersion() != expectedVersion).orElse(expectedVersion != 0)) {
            throw new ConflictException("error.staleChain", kind.name());
        }
        ApprovalChain chain = existing.orElseGet(() -> {
            ApprovalChain c = new ApprovalChain(kind, dept, rules);
            em.persist(c);
            return c;
        });
        chain.replace(rules);
        em.flush();
        return view(chain);
    }

    /**
     * A department goes back to the kind's default chain (its own is removed; requests under way keep
     * their steps). The default chain itself is only ever replaced (409).
     */
    public void remove(@NotNull ApprovalKind kind, String department) {
        String dept = department(department);
        if (ApprovalChain.DEFAULT.equals(dept)) {
            throw new ConflictException("error.defaultChainKept", kind.name());
        }
        ApprovalChain chain = stored(kind, dept)
                .orElseThrow(() -> new org.aftersales.domain.shared.UnknownEntityException(
                        "ApprovalChain", kind.name() + "/" + dept));
        em.remove(chain);
        em.flush();
    }

    /** The departments that have chains of their own, for the filters. */
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.FINANCE, Roles.QUALITY})
    public Set<String> departments() {
        Set<String> d = new TreeSet<>();
        all().forEach(c -> {
            if (c.department() != null) {
                d.add(c.department());
            }
        });
        return d;
    }

    private Optional<ApprovalChain> stored(ApprovalKind kind, String department) {
        return em
                .createNamedQuery("ApprovalChain.of", ApprovalChain.class)
                .setParameter("kind", kind)
                .setParameter("departments", List.of(department(department)))
                .getResultList()
                .stream()
                .findFirst();
    }

    private static String department(String department) {
        if (department == null || department.isBlank() || ApprovalChain.DEFAULT.equals(department.strip())) {
            return ApprovalChain.DEFAULT;
        }
        String d = department.strip();
        if (!DEPARTMENT.matcher(d).matches()) {
            throw new RuleViolationException(FieldError.of("department", "validation.department"));
        }
        return d;
    }

    static ChainView view(ApprovalChain c) {
        return new ChainView(c.getKind(), c.isDefault() ? null : c.getDepartment(), c.rules(), c.getVersion());
    }
}
