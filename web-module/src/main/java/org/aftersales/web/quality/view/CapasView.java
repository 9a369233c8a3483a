package org.aftersales.web.quality.view;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.aftersales.domain.quality.CapaSource;
import org.aftersales.domain.quality.CapaState;
import org.aftersales.domain.shared.PageResult;
import org.aftersales.domain.shared.RuleViolationException;
import org.aftersales.quality.boundary.CorrectiveActions;
import org.aftersales.quality.boundary.RecordsViews.CapaFilter;
import org.aftersales.quality.boundary.RecordsViews.CapaView;
import org.aftersales.quality.boundary.RecordsViews.NewCapa;
import org.aftersales.web.shared.view.CurrentUser;
import org.aftersales.web.shared.view.ExcelExport;
import org.aftersales.web.shared.view.Feedback;
import org.aftersales.web.shared.view.PagedModel;
import org.aftersales.web.shared.view.StaffNames;
import org.primefaces.PrimeFaces;
import org.primefaces.model.StreamedContent;

/**
 * Q3: the corrective and preventive actions — a lazy list filtered by state, source, owner, words and
 * overdue, exported to Excel; a new item with owner, department and deadline.
 */
@Named
@ViewScoped
public class CapasView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int EXPORT_MAX = 50_000;

    @EJB
    private CorrectiveActions actions;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private StaffNames staffNames;

    private CapaState state;
    private CapaSource source;
    private String owner;
    private String text;
    private boolean overdueOnly;

    private CapaSource newSource = CapaSource.STATISTICS;
    private String newSourceRef;
    private String newTitle;
    private String newDescription;
    private String newOwner;
    private String newDepartment;
    private LocalDate newDeadline;

    private final PagedModel<CapaView> rows = new PagedModel<>(this::page, a -> String.valueOf(a.id()));

    private PageResult<CapaView> page(int first, int size) {
        return actions.list(filter(), first, size);
    }

    private CapaFilter filter() {
        return new CapaFilter(state, source, owner, null, text, overdueOnly);
    }

    public void clearFilters() {
        state = null;
        source = null;
        owner = text = null;
        overdueOnly = false;
    }

    public void raise() {
        try {
            CapaView created = actions.raise(new NewCapa(
                    newSource, newSourceRef, newTitle, newDescription, newOwner, newDepartment, newDeadline));
            PrimeFaces.current().executeScript("PF('newCapaDialog').hide()");
            org.omnifaces.util.Faces.redirect("qa/capa.xhtml?id=%s", String.valueOf(created.id()));
        } catch (RuleViolationException e) {
            Feedback.failed(e, "newCapaForm");
        }
    }

    public StreamedContent getExport() {
        return ExcelExport.of(
                "corrective-actions",
                currentUser.getZone(),
                Feedback.text("capa.title"),
                List.of(
                        Feedback.text("capa.subject"),
                        Feedback.text("capa.source"),
                        Feedback.text("capa.sourceRef"),
                        Feedback.text("capa.titleField"),
                        Feedback.text("capa.owner"),
                        Feedback.text("capa.department"),
                        Feedback.text("capa.deadline"),
                        Feedback.text("capa.state"),
                        Feedback.text("capa.overdue"),
                        Feedback.text("capa.evidence")),
                (first, size) -> actions.list(filter(), first, size),
                a -> List.of(
                        a.subject(),
                        Feedback.text("capaSource." + a.source().name()),
                        a.sourceRef() == null ? "" : a.sourceRef(),
                        a.title(),
                        staffNames.of(a.owner()),
                        a.department(),
                        a.deadline().toString(),
                        Feedback.text("capaState." + a.state().name()),
                        a.overdue() ? Feedback.text("capa.overdue") : "",
                        a.evidence() == null ? "" : a.evidence()),
                EXPORT_MAX);
    }

    public CapaState[] getStates() {
        return CapaState.values();
    }

    public CapaSource[] getSources() {
        return CapaSource.values();
    }

    public PagedModel<CapaView> getRows() {
        return rows;
    }

    public CapaState getState() {
        return state;
    }

    public void setState(CapaState state) {
        this.state = state;
    }

    public CapaSource getSource() {
        return source;
    }

    public void setSource(CapaSource source) {
        this.source = source;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public boolean isOverdueOnly() {
        return overdueOnly;
    }

    public void setOverdueOnly(boolean overdueOnly) {
        this.overdueOnly = overdueOnly;
    }

    public CapaSource getNewSource() {
        return newSource;
    }

    public void setNewSource(CapaSource newSource) {
        this.newSource = newSource;
    }

    public String getNewSourceRef() {
        return newSourceRef;
    }

    public void setNewSourceRef(String newSourceRef) {
        this.newSourceRef = newSourceRef;
    }

    public String getNewTitle() {
        return newTitle;
    }

    public void setNewTitle(String newTitle) {
        this.newTitle = newTitle;
    }

    public String getNewDescription() {
        return newDescription;
    }

    public void setNewDescription(String newDescription) {
        this.newDescription = newDescription;
    }

    public String getNewOwner() {
        return newOwner;
    }

    public void setNewOwner(String newOwner) {
        this.newOwner = newOwner;
    }

    public String getNewDepartment() {
        return newDepartment;
    }

    public void setNewDepartment(String newDepartment) {
        this.newDepartment = newDepartment;
    }

    public LocalDate getNewDeadline() {
        return newDeadline;
    }

    public void setNewDeadline(LocalDate newDeadline) {
        this.newDeadline = newDeadline;
    }
}
