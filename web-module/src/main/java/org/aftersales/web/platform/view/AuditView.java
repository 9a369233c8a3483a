package org.aftersales.web.platform.view;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.aftersales.domain.shared.AuditEntry;
import org.aftersales.domain.shared.PageResult;
import org.aftersales.domain.shared.RuleViolationException;
import org.aftersales.platform.boundary.AuditTrail;
import org.aftersales.platform.boundary.AuditTrail.AuditQuery;
import org.aftersales.platform.boundary.AuditTrail.Line;
import org.aftersales.web.shared.view.CurrentUser;
import org.aftersales.web.shared.view.ExcelExport;
import org.aftersales.web.shared.view.Feedback;
import org.aftersales.web.shared.view.PagedModel;
import org.aftersales.web.shared.view.StaffNames;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.StreamedContent;

/**
 * The audit log, newest first, paged lazily; filtered by period (whole days in the configured time
 * zone), user, action, object type and id; the filtered list as Excel (issue 10.18).
 */
@Named
@ViewScoped
public class AuditView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int EXPORT_MAX = 100_000;

    @EJB
    private AuditTrail trail;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private StaffNames staffNames;

    private LocalDate from;
    private LocalDate to;
    private String actor;
    private AuditEntry.Action actionFilter;
    private String entityType;
    private String entityId;
    private List<String> entityTypes;

    private final LazyDataModel<Line> lines = new PagedModel<>(this::page, line -> String.valueOf(line.id()));

    private PageResult<Line> page(int first, int size) {
        try {
            return trail.search(query(), first, size);
        } catch (RuleViolationException e) { // said by search(), beside the field
            return new PageResult<>(List.of(), 0);
        }
    }

    AuditQuery query() {
        return new AuditQuery(from, to, actor, actionFilter, entityType, entityId);
    }

    /** The filters changed: a period that ends before it starts is said beside its field before the table reloads. */
    public void search() {
        try {
            trail.search(query(), 0, 1);
        } catch (RuleViolationException e) {
            Feedback.failed(e, "auditForm");
        }
    }

    public void clearFilters() {
        from = to = null;
        actor = entityType = entityId = null;
        actionFilter = null;
    }

    public StreamedContent getExport() {
        return ExcelExport.of(
                "audit",
                currentUser.getZone(),
                Feedback.text("audit.title"),
                List.of(
                        Feedback.text("audit.at"),
                        Feedback.text("audit.actor"),
                        Feedback.text("audit.action"),
                        Feedback.text("audit.entityType"),
                        Feedback.text("audit.entityId"),
                        Feedback.text("audit.before"),
                        Feedback.text("audit.after")),
                (first, size) -> trail.search(query(), first, size),
                a -> List.of(
                        currentUser.time(a.at()),
                        staffNames.of(a.actor()),
                        action(a.action()),
                        entity(a.entityType()),
                        a.entityId(),
                        a.before() == null ? "" : state(a.entityType(), a.before()),
                        a.after() == null ? "" : state(a.entityType(), a.after())),
                EXPORT_MAX);
    }

    /** Issue 10.17: 新建 / 修改 / 删除, not CREATE. */
    public String action(String action) {
        return label("auditAction.", action);
    }

    /** Issue 10.17: 叫修单, not Ticket (the type's own name where the bundles have none). */
    public String entity(String type) {
        return label("auditEntity.", type);
    }

    /** Issue 10.17: the state in words where it holds enum names (status=已派工). */
    public String state(String entityType, String state) {
        return AuditText.readable(Feedback.locale(), entityType, state, staffNames::of);
    }

    private static String label(String prefix, String value) {
        String text = Feedback.text(prefix + value);
        return text.equals(prefix + value) ? value : text;
    }

    public List<String> getEntityTypes() {
        if (entityTypes == null) {
            entityTypes = trail.entityTypes();
        }
        return entityTypes;
    }

    public AuditEntry.Action[] getActions() {
        return AuditEntry.Action.values();
    }

    public LazyDataModel<Line> getLines() {
        return lines;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public AuditEntry.Action getActionFilter() {
        return actionFilter;
    }

    public void setActionFilter(AuditEntry.Action actionFilter) {
        this.actionFilter = actionFilter;
    }

    public String getEntityType() {
        return entityType;
    }

    public void setEntityType(String entityType) {
        this.entityType = entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public void setEntityId(String entityId) {
        this.entityId = entityId;
    }
}
