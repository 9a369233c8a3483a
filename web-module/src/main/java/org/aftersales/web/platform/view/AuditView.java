package org.aftersales.web.platform.view;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.aftersales.domain.shared.PageResult;
import org.aftersales.platform.boundary.AuditTrail;
import org.aftersales.platform.boundary.AuditTrail.Line;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The audit log, newest first, paged lazily. */
@Named
@ViewScoped
public class AuditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private AuditTrail trail;

    private final LazyDataModel<Line> lines = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) trail.latest(0, 1).total();
        }

        @Override
        public List<Line> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            PageResult<Line> page = trail.latest(first, pageSize);
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(Line line) {
            return String.valueOf(line.id());
        }
    };

    public LazyDataModel<Line> getLines() {
        return lines;
    }
}
