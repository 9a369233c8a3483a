package org.aftersales.web.platform.view;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.aftersales.reference.boundary.ReferenceLists;
import org.aftersales.reference.boundary.ReferenceLists.Entry;
import org.aftersales.reference.boundary.ReferenceLists.Kind;
import org.aftersales.web.shared.view.Feedback;

/**
 * Issue 10.18: the administrators keep the regions and product categories — add, rename, reorder,
 * deactivate (an entry is never deleted: records keep its code).
 */
@Named
@ViewScoped
public class ReferenceListsAdmin implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ReferenceLists lists;

    private Kind kind = Kind.REGION;
    private List<Row> rows;
    private String code;
    private String name;
    private Integer sortOrder;

    /** One entry as the table edits it. */
    public static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String code;
        private final long version;
        private String name;
        private int sortOrder;
        private boolean active;

        Row(Entry e) {
            code = e.code();
            version = e.version();
            name = e.name();
            sortOrder = e.sortOrder();
            active = e.active();
        }

        public String getCode() {
            return code;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public int getSortOrder() {
            return sortOrder;
        }

        public void setSortOrder(int sortOrder) {
            this.sortOrder = sortOrder;
        }

        public boolean isActive() {
            return active;
        }

        public void setActive(boolean active) {
            this.active = active;
        }
    }

    @PostConstruct
    void load() {
        rows = new ArrayList<>(lists.list(kind, false).stream().map(Row::new).toList());
    }

    public void switchKind() {
        load();
    }

    public void add() {
        try {
            Entry added = lists.add(kind, code, name, sortOrder == null ? 0 : sortOrder);
            Feedback.info("lists.added", added.name());
            code = name = null;
            sortOrder = null;
            load();
        } catch (RuntimeException e) {
            Feedback.failed(e, "listsForm");
        }
    }

    public void save(Row row) {
        try {
            Entry saved =
                    lists.change(kind, row.getCode(), row.version, row.getName(), row.getSortOrder(), row.isActive());
            Feedback.info("lists.saved", saved.name());
            load();
        } catch (RuntimeException e) {
            Feedback.failed(e, "listsForm");
            load();
        }
    }

    public Kind[] getKinds() {
        return Kind.values();
    }

    public Kind getKind() {
        return kind;
    }

    public void setKind(Kind kind) {
        this.kind = kind == null ? Kind.REGION : kind;
    }

    public List<Row> getRows() {
        return rows;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Integer getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(Integer sortOrder) {
        this.sortOrder = sortOrder;
    }
}
