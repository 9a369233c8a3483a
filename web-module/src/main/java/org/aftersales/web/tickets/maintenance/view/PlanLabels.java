package org.aftersales.web.tickets.maintenance.view;

import java.util.ArrayList;
import java.util.List;
import org.aftersales.tickets.maintenance.boundary.MaintenanceViews.PlanView;
import org.aftersales.web.shared.view.Feedback;

/** How the screens word a plan's interval (M1) and the qualifications its work needs (M2). */
final class PlanLabels {

    private PlanLabels() {}

    static String interval(PlanView p) {
        List<String> parts = new ArrayList<>();
        if (p.intervalMonths() != null) {
            parts.add(Feedback.text("maintenance.everyMonths", p.intervalMonths()));
        }
        if (p.intervalHours() != null) {
            parts.add(Feedback.text("maintenance.everyHours", p.intervalHours()));
        }
        return String.join(" / ", parts);
    }

    static String qualifications(PlanView p) {
        if (p.requiredQualifications().isEmpty()) {
            return Feedback.text("maintenance.operatorOnly");
        }
        return String.join(
                "、",
                p.requiredQualifications().stream()
                        .sorted()
                        .map(q -> Feedback.text("qualification." + q.name()))
                        .toList());
    }
}
