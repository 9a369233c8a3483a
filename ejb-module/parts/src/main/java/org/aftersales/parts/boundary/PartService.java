package org.aftersales.parts.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.aftersales.accounts.boundary.UserService;
import org.aftersales.domain.accounts.Roles;
import org.aftersales.domain.parts.Part;
import org.aftersales.domain.parts.ServicePoint;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.PageResult;
import org.aftersales.domain.shared.RuleViolationException;
import org.aftersales.domain.shared.Text;
import org.aftersales.domain.shared.UnknownEntityException;
import org.aftersales.parts.boundary.PartViews.NewPart;
import org.aftersales.parts.boundary.PartViews.NewServicePoint;
import org.aftersales.parts.boundary.PartViews.PartView;
import org.aftersales.parts.boundary.PartViews.ServicePointView;

/** P1, P6: the parts catalogue and the service points (warehouses) with their keepers. */
@Stateless
@RolesAllowed({Roles.WAREHOUSE, Roles.MANAGER, Roles.ADMIN, Roles.TECHNICIAN, Roles.DISPATCHER})
public class PartService {

    static final String[] WRITERS = {Roles.WAREHOUSE, Roles.MANAGER, Roles.ADMIN};
    /** P1: letters, digits and - . _ / (e.g. YSJ-001). */
    private static final Pattern PART_NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]{0,39}");
    private static final Pattern POINT_CODE = Pattern.compile("[A-Z0-9]{1,8}");

    @PersistenceContext(unitName = "aftersales")
    private EntityManager em;

    @EJB
    private UserService users;

    /** P1: a new catalogue entry; its part number is unique and never changes. */
    @RolesAllowed({Roles.WAREHOUSE, Roles.MANAGER, Roles.ADMIN})
    public PartView create(NewPart request) {
        List<FieldError> errors = new ArrayList<>();
        String number = request.partNumber() == null ? "" : request.partNumber().strip();
        if (number.isEmpty()) {
            errors.add(FieldError.of("partNumber", "validation.required"));
        } else if (!PART_NUMBER.matcher(number).matches()) {
            errors.add(FieldError.of("partNumber", "validation.partNumber"));
        }
        text(errors, "name", request.name(), 200);
        text(errors, "unit", request.unit(), 16);
        if (request.price() == null) {
            errors.add(FieldError.of("price", "validation.required"));
        } else if (request.price().signum() < 0) {
            errors.add(FieldError.of("price", "validation.notNegative"));
        }
        if (request.supplier() != null && request.supplier().length() > 200) {
            errors.add(FieldError.of("supplier", "validation.tooLong"));
        }
        if (request.fittingModels() != null && String.join(",", request.fittingModels()).length() > 1000) {
            errors.add(FieldError.of("fittingModels", "validation.tooLong"));
        }
        if (errors.isEmpty() && part(number).isPresent()) {
            errors.add(FieldError.of("partNumber", "validation.partNumberTaken", number));
        }
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        Part part = new Part(number, request.name().strip(), request.unit().strip(), request.price(),
                request.fittingModels(), Text.optional(request.supplier()), request.source());
        try {
            em.persist(part);
            em.flush();
        } catch (PersistenceException e) { // a concurrent creation of the same number
            throw new RuleViolationException(FieldError.of("partNumber", "validation.partNumberTaken", number));
        }
        return PartView.of(part);
    }

    public Optional<PartView> find(String partNumber) {
        return part(partNumber).map(PartView::of);
    }

    public PartView get(String partNumber) {
        return find(partNumber).orElseThrow(() -> new UnknownEntityException("Part", partNumber));
    }

    /** P1: search by part number, name, fitting model or supplier (part of it, any case), by part number. */
    public PageResult<PartView> search(String query, int first, int size) {
        String where = "";
        String like = null;
        if (query != null && !query.isBlank()) {
            like = "%" + query.strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
            where = " WHERE LOWER(p.partNumber) LIKE :q OR LOWER(p.name) LIKE :q OR LOWER(p.fittingModels) LIKE :q"
                    + " OR LOWER(p.supplier) LIKE :q";
        }
        var page = em.createQuery("SELECT p FROM Part p" + where + " ORDER BY p.partNumber", Part.class);
        var count = em.createQuery("SELECT COUNT(p) FROM Part p" + where, Long.class);
        if (like != null) {
            page.setParameter("q", like);
            count.setParameter("q", like);
        }
        List<PartView> items = page.setFirstResult(first).setMaxResults(size).getResultList().stream()
                .map(PartView::of).toList();
        return new PageResult<>(items, count.getSingleResult());
    }

    /** P6: a new service point; its keepers must be existing accounts. */
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN, Roles.WAREHOUSE})
    public ServicePointView createServicePoint(NewServicePoint request) {
        List<FieldError> errors = new ArrayList<>();
        String code = request.code() == null ? "" : request.code().strip().toUpperCase(Locale.ROOT);
        if (code.isEmpty()) {
            errors.add(FieldError.of("code", "validation.required"));
        } else if (!POINT_CODE.matcher(code).matches()) {
            errors.add(FieldError.of("code", "validation.servicePointCode"));
        }
        text(errors, "name", request.name(), 200);
        List<String> keepers = request.keepers() == null ? List.of()
                : request.keepers().stream().filter(k -> k != null && !k.isBlank()).map(String::strip).distinct().toList();
        for (String keeper : keepers) {
            if (users.staffMember(keeper).isEmpty()) {
                errors.add(FieldError.of("keepers", "validation.unknownUser", keeper));
            }
        }
        if (errors.isEmpty() && servicePoint(code).isPresent()) {
            errors.add(FieldError.of("code", "validation.servicePointTaken", code));
        }
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        ServicePoint point = new ServicePoint(code, request.name().strip(), keepers);
        try {
            em.persist(point);
            em.flush();
        } catch (PersistenceException e) {
            throw new RuleViolationException(FieldError.of("code", "validation.servicePointTaken", code));
        }
        return ServicePointView.of(point);
    }

    public ServicePointView getServicePoint(String code) {
        return servicePoint(code).map(ServicePointView::of)
                .orElseThrow(() -> new UnknownEntityException("ServicePoint", code));
    }

    /** The list of service points; finance too picks one on the parts counter and stock-take screens (P5, P6). */
    @RolesAllowed({Roles.WAREHOUSE, Roles.MANAGER, Roles.ADMIN, Roles.TECHNICIAN, Roles.DISPATCHER, Roles.FINANCE})
    public PageResult<ServicePointView> servicePoints(int first, int size) {
        List<ServicePointView> items = em.createQuery("SELECT s FROM ServicePoint s ORDER BY s.code", ServicePoint.class)
                .setFirstResult(first).setMaxResults(size).getResultList().stream().map(ServicePointView::of).toList();
        return new PageResult<>(items, em.createQuery("SELECT COUNT(s) FROM ServicePoint s", Long.class)
                .getSingleResult());
    }

    private Optional<Part> part(String partNumber) {
        if (partNumber == null) {
            return Optional.empty();
        }
        return em.createQuery("SELECT p FROM Part p WHERE p.partNumber = :n", Part.class)
                .setParameter("n", partNumber.strip()).getResultStream().findFirst();
    }

    private Optional<ServicePoint> servicePoint(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return em.createQuery("SELECT s FROM ServicePoint s WHERE s.code = :c", ServicePoint.class)
                .setParameter("c", code.strip().toUpperCase(Locale.ROOT)).getResultStream().findFirst();
    }

    private static void text(List<FieldError> errors, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            errors.add(FieldError.of(field, "validation.required"));
        } else if (value.strip().length() > max) {
            errors.add(FieldError.of(field, "validation.tooLong"));
        }
    }


    static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
