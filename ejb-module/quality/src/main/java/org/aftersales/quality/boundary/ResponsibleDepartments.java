package org.aftersales.quality.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import org.aftersales.accounts.boundary.UserService;
import org.aftersales.domain.accounts.Roles;
import org.aftersales.domain.quality.ResponsibleDepartment;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.RuleViolationException;
import org.aftersales.quality.boundary.RecordsViews.DepartmentInput;
import org.aftersales.quality.boundary.RecordsViews.DepartmentView;
import org.aftersales.quality.control.RecordsSearch;

/**
 * The departments problems are routed to (质检中心, 仓储, 制造部, 生管室, 技术部 … seeded by migration 029,
 * Q3): data edited by QUALITY and ADMIN, each with its members (user accounts).
 */
@Stateless
@RolesAllowed({Roles.QUALITY, Roles.MANAGER, Roles.ADMIN})
public class ResponsibleDepartments {

    @PersistenceContext(unitName = "aftersales")
    private EntityManager em;

    @Inject
    private RecordsSearch search;

    @EJB
    private UserService users;

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
    public List<DepartmentView> all() {
        return search.departments().stream().map(DepartmentView::of).toList();
    }

    /** Creates the department of the code or replaces its name, state and members; unknown users → 422. */
    @RolesAllowed({Roles.QUALITY, Roles.ADMIN})
    public DepartmentView save(@NotNull @Valid DepartmentInput in) {
        List<FieldError> errors = new ArrayList<>();
        for (String member : in.members()) {
            if (users.staffMember(member.strip()).isEmpty()) {
                errors.add(FieldError.of("members", "validation.unknownUser", member));
            }
        }
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        ResponsibleDepartment department = search.department(in.code()).orElse(null);
        if (department == null) {
            department = new ResponsibleDepartment(in.code(), in.name());
            em.persist(department);
        }
        department.change(in.name(), in.active(), in.members());
        em.flush();
        return DepartmentView.of(department);
    }
}
