package org.aftersales.tickets.maintenance.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.aftersales.customers.boundary.ProductService;
import org.aftersales.customers.boundary.ProductViews.ProductView;
import org.aftersales.domain.accounts.Roles;
import org.aftersales.domain.shared.ConflictException;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.PageResult;
import org.aftersales.domain.shared.Plausible;
import org.aftersales.domain.shared.RuleViolationException;
import org.aftersales.domain.shared.UnknownEntityException;
import org.aftersales.domain.tickets.maintenance.CarePlanTemplate;
import org.aftersales.domain.tickets.maintenance.DueRule.DueState;
import org.aftersales.domain.tickets.maintenance.MaintenanceInterval;
import org.aftersales.domain.tickets.maintenance.MaintenancePlan;
import org.aftersales.domain.tickets.maintenance.WorkItem;
import org.aftersales.settings.boundary.BusinessCalendar;
import org.aftersales.tickets.maintenance.boundary.MaintenanceViews.CarePlanInput;
import org.aftersales.tickets.maintenance.boundary.MaintenanceViews.CarePlanView;
import org.aftersales.tickets.maintenance.boundary.MaintenanceViews.DuePlan;
import org.aftersales.tickets.maintenance.boundary.MaintenanceViews.DueView;
import org.aftersales.tickets.maintenance.boundary.MaintenanceViews.Item;
import org.aftersales.tickets.maintenance.boundary.MaintenanceViews.PlanChange;
import org.aftersales.tickets.maintenance.boundary.MaintenanceViews.PlanInput;
import org.aftersales.tickets.maintenance.boundary.MaintenanceViews.PlanQuery;
import org.aftersales.tickets.maintenance.boundary.MaintenanceViews.PlanView;
import org.aftersales.tickets.maintenance.control.DueCheck;
import org.aftersales.tickets.maintenance.control.PlanSearch;

/**
 * M1–M3: preventive maintenance plans of installed products — made by hand or from a care plan
 * template in one step, changed against their version, listed with their due dates, and the
 * preview of what the scheduler would create on a day.
 */
@Stateless
@RolesAllowed({Roles.AGENT, Roles.DISPATCHER, Roles.TECHNICIAN, Roles.QUALITY, Roles.MANAGER, Roles.ADMIN})
public class MaintenancePlanService {

    @Inject
    private BusinessCalendar calendar;

    @PersistenceContext(unitName = "aftersales")
    private EntityManager em;

    @EJB
    private ProductService products;

    @Inject
    private DueCheck dueCheck;

    @Inject
    private PlanSearch search;

    /** M1, M3: a plan for a product; with a care plan its level, cycle, work and advice come from there. */
    @RolesAllowed({Roles.DISPATCHER, Roles.MANAGER, Roles.ADMIN})
    public PlanView create(@Valid PlanInput in) {
        List<FieldError> errors = new ArrayList<>();
        ProductView product = products.find(in.serialNumber().strip()).orElse(null);
        if (product == null) {
            errors.add(FieldError.of(
                    "serialNumber",
                    "validation.unknownSerial",
                    in.serialNumber().strip()));
        }
        CarePlanTemplate care = null;
        if (in.carePlanId() != null) {
            care = em.find(CarePlanTemplate.class, in.carePlanId());
            if (care == null) {
                errors.add(FieldError.of("carePlanId", "validation.unknownCarePlan", in.carePlanId()));
            }
        }
        LocalDate today = today();
        LocalDate start = in.startDate() == null ? today : in.startDate();
        validateCycle(errors, start, in.lastDoneDate(), today);
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        long startHours = in.startHours() != null
                ? in.startHours()
                : product.operatingHours() == null ? 0 : product.operatingHours();
        MaintenancePlan plan = care != null
                ? care.planFor(product.serialNumber(), product.customerId(), product.model(), start, startHours)
                : new MaintenancePlan(
                        product.serialNumber(),
                        product.customerId(),
                        product.model(),
                        in.level(),
                        new MaintenanceInterval(in.intervalMonths(), in.intervalHours()),
                        start,
                        startHours,
                        items(in.items()),
                        in.notes(),
                        null);
        if (in.lastDoneDate() != null) {
            plan.recordDone(in.lastDoneDate(), in.lastDoneHours());
        }
        if (in.active() != null) {
            plan.activate(in.active());
        }
        em.persist(plan);
        em.flush();
        return view(plan, today);
    }

    /** M1: a change against the version shown; a later last-done date records the work and starts the next cycle. */
    @RolesAllowed({Roles.DISPATCHER, Roles.MANAGER, Roles.ADMIN})
    public PlanView update(@Valid PlanChange change) {
        MaintenancePlan plan = existing(change.id());
        if (plan.getVersion() != change.version()) {
            throw new ConflictException("error.staleVersion");
        }
        List<FieldError> errors = new ArrayList<>();
        LocalDate today = today();
        LocalDate start = change.startDate() == null ? plan.getStartDate() : change.startDate();
        validateCycle(errors, start, change.lastDoneDate(), today);
        if (change.lastDoneDate() == null
                && plan.getLastDoneDate() != null
                && plan.getLastDoneDate().isBefore(start)) {
            errors.add(FieldError.of("startDate", "validation.doneBeforeStart"));
        }
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        boolean done = change.lastDoneDate() != null
                && (!change.lastDoneDate().equals(plan.getLastDoneDate())
                        || !Objects.equals(change.lastDoneHours(), plan.getLastDoneHours()));
        // the entity never holds a last-done date before its start: record first unless the start moves back past it
        boolean doneFirst = done && !change.lastDoneDate().isBefore(plan.getStartDate());
        if (doneFirst) {
            plan.recordDone(change.lastDoneDate(), change.lastDoneHours());
        }
        plan.change(
                change.level(),
                new MaintenanceInterval(change.intervalMonths(), change.intervalHours()),
                start,
                change.startHours() == null ? plan.getStartHours() : change.startHours(),
                items(change.items()),
                change.notes());
        if (done && !doneFirst) {
            plan.recordDone(change.lastDoneDate(), change.lastDoneHours());
        }
        if (change.active() != null) {
            plan.activate(change.active());
        }
        em.flush();
        return view(plan, today);
    }

    /** The plan with its due state today. */
    public PlanView get(long id) {
        return view(existing(id), today());
    }

    /** The list: soonest due first; see {@link PlanQuery} for "due this week". */
    public PageResult<PlanView> find(PlanQuery query, int first, int size) {
        PageResult<MaintenancePlan> page = search.find(query, first, size);
        return new PageResult<>(
                page.items().stream().map(p -> PlanView.of(p, null)).toList(), page.total());
    }

    /** C3, M1: the plans of one product, with their due state today (the product page). */
    public List<PlanView> ofProduct(String serialNumber) {
        LocalDate today = today();
        return search.ofProduct(serialNumber).stream().map(p -> view(p, today)).toList();
    }

    /** M1: the tickets a run on {@code date} would create — active plans due then, without a ticket for this cycle. */
    public List<DuePlan> due(LocalDate date) {
        List<DuePlan> due = new ArrayList<>();
        List<MaintenancePlan> plans = search.activeWithoutTicket();
        for (MaintenancePlan plan : plans) {
            DueState state = dueCheck.evaluate(plan, date);
            if (state.isDue() && !search.servedBefore(plan.getId(), state.dueDate())) {
                due.add(new DuePlan(
                        plan.getId(),
                        plan.getSerialNumber(),
                        plan.getCustomerId(),
                        plan.getModel(),
                        plan.getLevel(),
                        state.dueDate(),
                        state.reason(),
                        state.latestHours(),
                        plan.requiredQualifications()));
            }
        }
        return due;
    }

    /** M3: the care plan templates, by product type. */
    public List<CarePlanView> carePlans() {
        return search.carePlans().stream().map(CarePlanView::of).toList();
    }

    /** M3: the care plan of a product type (the product's category), if there is one. */
    public Optional<CarePlanView> carePlanFor(String productType) {
        if (productType == null || productType.isBlank()) {
            return Optional.empty();
        }
        return search.carePlanFor(productType).map(CarePlanView::of);
    }

    @RolesAllowed({Roles.QUALITY, Roles.MANAGER, Roles.ADMIN})
    public CarePlanView createCarePlan(@Valid CarePlanInput in) {
        if (carePlanFor(in.productType()).isPresent()) {
            throw new RuleViolationException(FieldError.of(
                    "productType",
                    "validation.productTypeTaken",
                    in.productType().strip()));
        }
        CarePlanTemplate template = new CarePlanTemplate(
                in.productType(), in.name(), in.level(), in.cycleMonths(), EnumSet.copyOf(in.workTypes()), in.advice());
        em.persist(template);
        em.flush();
        return CarePlanView.of(template);
    }

    /** Today where the service department works (the setting {@code ui.time-zone}). */
    public LocalDate today() {
        return calendar.today();
    }

    private PlanView view(MaintenancePlan plan, LocalDate today) {
        return PlanView.of(plan, DueView.of(today, dueCheck.evaluate(plan, today)));
    }

    private MaintenancePlan existing(long id) {
        MaintenancePlan plan = em.find(MaintenancePlan.class, id);
        if (plan == null) {
            throw new UnknownEntityException("MaintenancePlan", id);
        }
        return plan;
    }

    private static List<WorkItem> items(List<Item> items) {
        return items.stream().map(i -> new WorkItem(i.type(), i.description())).toList();
    }

    /**
     * M1: the last time the work was done: never before the start, never in the future (the rest of
     * the plan's contract is in {@link MaintenanceViews.PlanShape}).
     */
    private static void validateCycle(List<FieldError> errors, LocalDate start, LocalDate lastDone, LocalDate today) {
        if (lastDone != null && lastDone.isBefore(start)) {
            errors.add(FieldError.of("lastDoneDate", "validation.doneBeforeStart"));
        }
        // issue 10.12: the work was done on a day that has been
        Plausible.pastDate("lastDoneDate", lastDone, today).ifPresent(errors::add);
    }
}
