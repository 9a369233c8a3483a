package org.aftersales.web.tickets.maintenance.view;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.aftersales.tickets.maintenance.boundary.MaintenancePlanService;
import org.aftersales.tickets.maintenance.boundary.MaintenanceViews.PlanView;

/** C3, M1: the maintenance plans section of the product page — the product's plans and their due dates. */
@Named
@RequestScoped
public class ProductMaintenancePlans {

    @EJB
    private MaintenancePlanService plans;

    private final Map<String, List<PlanView>> bySerial = new HashMap<>();

    /** The product's plans, read once per request. */
    public List<PlanView> of(String serial) {
        if (serial == null || serial.isBlank()) {
            return List.of();
        }
        return bySerial.computeIfAbsent(serial, plans::ofProduct);
    }

    public String interval(PlanView p) {
        return PlanLabels.interval(p);
    }

    public String qualifications(PlanView p) {
        return PlanLabels.qualifications(p);
    }
}
