package org.aftersales.web.quality.view;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.aftersales.domain.quality.InfoFormFlow;
import org.aftersales.domain.quality.InfoFormState;
import org.aftersales.domain.quality.SatisfactionLevel;
import org.aftersales.domain.shared.ConflictException;
import org.aftersales.domain.shared.NotPermittedException;
import org.aftersales.domain.shared.RuleViolationException;
import org.aftersales.domain.shared.UnknownEntityException;
import org.aftersales.quality.boundary.InfoForms;
import org.aftersales.quality.boundary.RecordsViews.InfoFormStep;
import org.aftersales.quality.boundary.RecordsViews.InfoFormView;
import org.aftersales.web.shared.view.CurrentUser;
import org.aftersales.web.shared.view.Feedback;
import org.omnifaces.cdi.Param;

/**
 * 售后信息处理单: one form with who did each step; the next step of the flow — filled in, routed to a
 * department with a deadline, answered (by the department's members), the customer's satisfaction,
 * archived; printed as the paper form.
 */
@Named
@ViewScoped
public class InfoFormPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private InfoForms forms;

    @Inject
    private CurrentUser currentUser;

    @Inject
    @Param(name = "id")
    private String idParam;

    private Long id;
    private InfoFormView form;
    private String details;
    private String department;
    private LocalDate deadline;
    private String answer;
    private SatisfactionLevel satisfaction;
    private String note;

    @PostConstruct
    void load() {
        try {
            id = idParam == null || idParam.isBlank() ? null : Long.valueOf(idParam.strip());
        } catch (NumberFormatException e) {
            id = null;
        }
        reload();
    }

    private void reload() {
        form = null;
        if (id == null) {
            return;
        }
        try {
            form = forms.get(id);
            if (form.state() == InfoFormState.FILLED && deadline == null) {
                deadline = forms.defaultDeadline();
            }
        } catch (UnknownEntityException e) {
            form = null;
        }
    }

    public InfoFormState getNext() {
        return form == null ? null : InfoFormFlow.next(form.state()).orElse(null);
    }

    /** The desk takes every step but the answer, which is the department's (its page shows it to members). */
    public boolean isMayStep() {
        InfoFormState next = getNext();
        if (next == null) {
            return false;
        }
        boolean desk = currentUser.has("AGENT")
                || currentUser.has("QUALITY")
                || currentUser.has("MANAGER")
                || currentUser.has("ADMIN");
        return next == InfoFormState.ANSWERED || desk;
    }

    public void step() {
        InfoFormState next = getNext();
        if (next == null) {
            return;
        }
        try {
            forms.step(id, new InfoFormStep(next, details, department, deadline, answer, satisfaction, note));
            Feedback.info("infoForm.stepDone");
            note = null;
            reload();
        } catch (RuleViolationException | ConflictException | NotPermittedException e) {
            Feedback.failed(e, "stepForm");
        }
    }

    public SatisfactionLevel[] getLevels() {
        return SatisfactionLevel.values();
    }

    public InfoFormView getForm() {
        return form;
    }

    public String getDetails() {
        return details;
    }

    public void setDetails(String details) {
        this.details = details;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }

    public SatisfactionLevel getSatisfaction() {
        return satisfaction;
    }

    public void setSatisfaction(SatisfactionLevel satisfaction) {
        this.satisfaction = satisfaction;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
