package org.aftersales.quality.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.aftersales.accounts.boundary.Caller;
import org.aftersales.customers.boundary.CustomerService;
import org.aftersales.domain.accounts.Roles;
import org.aftersales.domain.quality.KeyCustomerVisit;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.PageResult;
import org.aftersales.domain.shared.RuleViolationException;
import org.aftersales.domain.shared.UnknownEntityException;
import org.aftersales.quality.boundary.KeyVisitViews.KeyVisitView;
import org.aftersales.quality.boundary.KeyVisitViews.PlannedVisit;
import org.aftersales.settings.boundary.BusinessCalendar;
import org.aftersales.settings.boundary.SettingReader;

/**
 * Q7: key customers are visited at least once a year — the year's plan of visits, the day each was
 * made, and its report, due within {@code quality.key-visit-report-days} (10) days of the visit.
 */
@Stateless
@RolesAllowed({Roles.AGENT, Roles.QUALITY, Roles.MANAGER, Roles.ADMIN})
public class KeyCustomerVisits {

    public static final String REPORT_DAYS = "quality.key-visit-report-days";

    @PersistenceContext(unitName = "aftersales")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private BusinessCalendar calendar;

    @Inject
    private SettingReader settings;

    @EJB
    private CustomerService customers;

    /** Q7: the plan of {@code year}, by planned day. */
    public PageResult<KeyVisitView> plan(int year, int first, int size) {
        LocalDate today = calendar.today();
        long total = em.createNamedQuery("KeyCustomerVisit.countOfYear", Long.class)
                .setParameter("year", year)
                .getSingleResult();
        return new PageResult<>(
                em
                        .createNamedQuery("KeyCustomerVisit.ofYear", KeyCustomerVisit.class)
                        .setParameter("year", year)
                        .setFirstResult(first)
                        .setMaxResults(size)
                        .getResultList()
                        .stream()
                        .map(v -> KeyVisitView.of(v, today))
                        .toList(),
                total);
    }

    /** Q7: adds a visit to the plan of the planned day's year; the customer must exist. */
    @RolesAllowed({Roles.QUALITY, Roles.MANAGER, Roles.ADMIN})
    public KeyVisitView add(@NotNull @Valid PlannedVisit in) {
        if (customers.find(in.customerId()).isEmpty()) {
            throw new RuleViolationException(FieldError.of("customer", "validation.unknownCustomer", in.customerId()));
        }
        KeyCustomerVisit visit =
                new KeyCustomerVisit(in.customerId(), in.plannedOn().getYear(), in.plannedOn(), in.purpose());
        em.persist(visit);
        em.flush();
        return KeyVisitView.of(visit, calendar.today());
    }

    /** Q7: the visit was made on {@code on}; its report becomes due. */
    public KeyVisitView visited(long id, @NotNull LocalDate on) {
        KeyCustomerVisit visit = locked(id);
        visit.visited(
                on,
                calendar.today(),
                settings.number(REPORT_DAYS, KeyCustomerVisit.REPORT_DAYS),
                Caller.of(context).name());
        em.flush();
        return KeyVisitView.of(visit, calendar.today());
    }

    /** Q7: the report of a visit made. */
    public KeyVisitView report(long id, String text) {
        KeyCustomerVisit visit = locked(id);
        visit.report(text, Caller.of(context).name(), calendar.now());
        em.flush();
        return KeyVisitView.of(visit, calendar.today());
    }

    private KeyCustomerVisit locked(long id) {
        KeyCustomerVisit visit = em.find(KeyCustomerVisit.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (visit == null) {
            throw new UnknownEntityException("KeyCustomerVisit", id);
        }
        return visit;
    }
}
