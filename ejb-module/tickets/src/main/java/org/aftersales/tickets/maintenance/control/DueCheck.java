package org.aftersales.tickets.maintenance.control;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import java.time.LocalDate;
import java.util.List;
import org.aftersales.customers.boundary.ProductService;
import org.aftersales.domain.tickets.maintenance.DueRule.DueState;
import org.aftersales.domain.tickets.maintenance.HoursReading;
import org.aftersales.domain.tickets.maintenance.MaintenancePlan;

/** M1: a plan's due state on a day, with the product's operating-hours readings from the customers context. */
@Dependent
public class DueCheck {

    @EJB
    private ProductService products;

    public DueState evaluate(MaintenancePlan plan, LocalDate asOf) {
        return plan.dueOn(asOf, readings(plan));
    }

    /** Readings matter only to an interval by hours; the customers context keeps the latest 200. */
    private List<HoursReading> readings(MaintenancePlan plan) {
        if (plan.getIntervalHours() == null) {
            return List.of();
        }
        return products.readings(plan.getSerialNumber()).stream()
                .map(r -> new HoursReading(r.readOn(), r.hours()))
                .toList();
    }
}
