package org.aftersales.web.platform.view;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.aftersales.domain.shared.PageResult;
import org.aftersales.platform.boundary.AuditTrail;
import org.aftersales.platform.boundary.AuditTrail.Line;
import org.aftersales.web.shared.view.Feedback;
import org.aftersales.web.shared.view.PagedModel;
import org.primefaces.model.LazyDataModel;

/** The audit log, newest first, paged lazily. */
@Named
@ViewScoped
public class AuditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private AuditTrail trail;

    private final LazyDataModel<Line> lines = new PagedModel<>(this::page, line -> String.valueOf(line.id()));

    private PageResult<Line> page(int first, int size) {
        return trail.latest(first, size);
    }

    /** Issue 10.17: 新建 / 修改 / 删除, not CREATE. */
    public String action(String action) {
        return label("auditAction.", action);
    }

    /** Issue 10.17: 工单, not Ticket (the type's own name where the bundles have none). */
    public String entity(String type) {
        return label("auditEntity.", type);
    }

    @jakarta.inject.Inject
    private org.aftersales.web.shared.view.StaffNames staffNames;

    /** Issue 10.17: the state in words where it holds enum names (status=已派工). */
    public String state(String entityType, String state) {
        return AuditText.readable(Feedback.locale(), entityType, state, staffNames::of);
    }

    private static String label(String prefix, String value) {
        String text = Feedback.text(prefix + value);
        return text.equals(prefix + value) ? value : text;
    }

    public LazyDataModel<Line> getLines() {
        return lines;
    }
}
