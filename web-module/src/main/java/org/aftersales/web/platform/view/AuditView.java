package org.aftersales.web.platform.view;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.aftersales.domain.shared.PageResult;
import org.aftersales.platform.boundary.AuditTrail;
import org.aftersales.platform.boundary.AuditTrail.Line;
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

    public LazyDataModel<Line> getLines() {
        return lines;
    }
}
