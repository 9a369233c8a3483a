package org.aftersales.web.quality.view;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.aftersales.quality.boundary.QualityRecords;
import org.aftersales.quality.boundary.RecordsViews.KnowledgeFilter;
import org.aftersales.quality.boundary.RecordsViews.KnowledgeView;
import org.aftersales.web.shared.view.CurrentUser;

/** Q9 on the ticket page: the knowledge base's fault cases and know-how of the ticket's model. */
@Named
@RequestScoped
public class TicketKnowledge {

    private static final int SHOWN = 5;

    @EJB
    private QualityRecords records;

    @Inject
    private CurrentUser currentUser;

    private final Map<String, List<KnowledgeView>> byModel = new HashMap<>();

    /** Whether the caller reads the knowledge base at all (the roles that work on tickets). */
    public boolean isVisible() {
        return currentUser.has("AGENT")
                || currentUser.has("DISPATCHER")
                || currentUser.has("TECHNICIAN")
                || currentUser.has("WAREHOUSE")
                || currentUser.has("QUALITY")
                || currentUser.has("MANAGER")
                || currentUser.has("ADMIN");
    }

    public List<KnowledgeView> of(String model) {
        if (model == null || model.isBlank() || !isVisible()) {
            return List.of();
        }
        return byModel.computeIfAbsent(
                model,
                m -> records.knowledge(new KnowledgeFilter(null, m, null), 0, SHOWN)
                        .items());
    }
}
