package org.aftersales.parts.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
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
import org.aftersales.parts.control.PartSearch;
import org.aftersales.parts.control.Warehouse;

/** P1, P6: the parts catalogue and the service points (warehouses) with their keepers. */
@Stateless
@RolesAllowed({Roles.WAREHOUSE, Roles.MANAGER, Roles.ADMIN, Roles.TECHNICIAN, Roles.DISPATCHER})
public class PartService {

    @PersistenceContext(unitName = "aftersales")
    private EntityManager em;

    @EJB
    private UserService users;

    @EJB
    private Warehouse warehouse;

    @Inject
    private PartSearch search;

    /** P1: a new catalogue entry; its part number is unique and never changes. */
    @RolesAllowed({Roles.WAREHOUSE, Roles.MANAGER, Roles.ADMIN})
    public PartView create(@Valid NewPart request) {
        String number = request.partNumber().strip();
        if (warehouse.part(number).isPresent()) {
            throw new RuleViolationException(FieldError.of("partNumber", "validation.partNumberTaken", number));
        }
        Part part = new Part(
                number,
                request.name().strip(),
                request.unit().strip(),
                request.price(),
                request.fittingModels(),
                Text.optional(request.supplier()),
                request.source());
        try {
            em.persist(part);
            em.flush();
        } catch (PersistenceException e) { // a concurrent creation of the same number
            throw new RuleViolationException(FieldError.of("partNumber", "validation.partNumberTaken", number));
        }
        return PartView.of(part);
    }

    public Optional<PartView> find(String partNumber) {
        return partNumber == null
                ? Optional.empty()
                : warehouse.part(partNumber.strip()).map(PartView::of);
    }

    public PartView get(String partNumber) {
        return find(partNumber).orElseThrow(() -> new UnknownEntityException("Part", partNumber));
    }

    /** P1: search by part number, name, fitting model or supplier (part of it, any case), by part number. */
    public PageResult<PartView> search(String query, int first, int size) {
        PageResult<Part> page = search.parts(query, first, size);
        return new PageResult<>(page.items().stream().map(PartView::of).toList(), page.total());
    }

    /** P6: a new service point; its keepers must be existing accounts. */
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN, Roles.WAREHOUSE})
    public ServicePointView createServicePoint(@Valid NewServicePoint request) {
        String code = Warehouse.code(request.code());
        List<String> keepers = request.keepers() == null
                ? List.of()
                : request.keepers().stream()
                        .filter(k -> k != null && !k.isBlank())
                        .map(String::strip)
                        .distinct()
                        .toList();
        List<FieldError> errors = keepers.stream()
                .filter(k -> users.staffMember(k).isEmpty())
                .map(k -> FieldError.of("keepers", "validation.unknownUser", k))
                .toList();
        if (errors.isEmpty() && warehouse.servicePoint(code).isPresent()) {
            errors = List.of(FieldError.of("code", "validation.servicePointTaken", code));
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
        return Optional.ofNullable(code)
                .flatMap(c -> warehouse.servicePoint(Warehouse.code(c)))
                .map(ServicePointView::of)
                .orElseThrow(() -> new UnknownEntityException("ServicePoint", code));
    }

    /** The list of service points; finance too picks one on the parts counter and stock-take screens (P5, P6). */
    @RolesAllowed({Roles.WAREHOUSE, Roles.MANAGER, Roles.ADMIN, Roles.TECHNICIAN, Roles.DISPATCHER, Roles.FINANCE})
    public PageResult<ServicePointView> servicePoints(int first, int size) {
        PageResult<ServicePoint> page = search.servicePoints(first, size);
        return new PageResult<>(page.items().stream().map(ServicePointView::of).toList(), page.total());
    }
}
