package org.aftersales.web.quality.view;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.aftersales.domain.quality.InfoFormState;
import org.aftersales.domain.quality.InfoSource;
import org.aftersales.domain.shared.PageResult;
import org.aftersales.domain.shared.RuleViolationException;
import org.aftersales.quality.boundary.InfoForms;
import org.aftersales.quality.boundary.RecordsViews.InfoFormFilter;
import org.aftersales.quality.boundary.RecordsViews.InfoFormView;
import org.aftersales.quality.boundary.RecordsViews.NewInfoForm;
import org.aftersales.web.shared.view.Feedback;
import org.aftersales.web.shared.view.PagedModel;
import org.primefaces.PrimeFaces;

/**
 * 售后信息处理单: the forms (all, or — {@code mine} — those routed to the caller's departments), lazy and
 * filtered by state, department and words; a new form from a complaint, a visit or typed.
 */
@Named
@ViewScoped
public class InfoFormsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private InfoForms forms;

    private InfoFormState state;
    private String department;
    private String text;

    private InfoSource newSource = InfoSource.TYPED;
    private String newSourceRef;
    private String newSerial;
    private String newProblem;

    private final PagedModel<InfoFormView> rows = new PagedModel<>(this::page, f -> String.valueOf(f.id()));
    private final PagedModel<InfoFormView> mine = new PagedModel<>(this::minePage, f -> String.valueOf(f.id()));

    private PageResult<InfoFormView> page(int first, int size) {
        return forms.list(new InfoFormFilter(state, department, text), first, size);
    }

    private PageResult<InfoFormView> minePage(int first, int size) {
        return forms.mine(new InfoFormFilter(state, null, null), first, size);
    }

    public void receive() {
        try {
            InfoFormView created = forms.receive(new NewInfoForm(newSource, newSourceRef, null, newSerial, newProblem));
            PrimeFaces.current().executeScript("PF('newFormDialog').hide()");
            org.omnifaces.util.Faces.redirect("qa/info-form.xhtml?id=%s", String.valueOf(created.id()));
        } catch (RuleViolationException e) {
            Feedback.failed(e, "newForm");
        }
    }

    public InfoFormState[] getStates() {
        return InfoFormState.values();
    }

    public InfoSource[] getSources() {
        return InfoSource.values();
    }

    public PagedModel<InfoFormView> getRows() {
        return rows;
    }

    public PagedModel<InfoFormView> getMine() {
        return mine;
    }

    public InfoFormState getState() {
        return state;
    }

    public void setState(InfoFormState state) {
        this.state = state;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public InfoSource getNewSource() {
        return newSource;
    }

    public void setNewSource(InfoSource newSource) {
        this.newSource = newSource;
    }

    public String getNewSourceRef() {
        return newSourceRef;
    }

    public void setNewSourceRef(String newSourceRef) {
        this.newSourceRef = newSourceRef;
    }

    public String getNewSerial() {
        return newSerial;
    }

    public void setNewSerial(String newSerial) {
        this.newSerial = newSerial;
    }

    public String getNewProblem() {
        return newProblem;
    }

    public void setNewProblem(String newProblem) {
        this.newProblem = newProblem;
    }
}
