package org.aftersales.web.quality.view;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.aftersales.domain.quality.CapaFlow;
import org.aftersales.domain.quality.CapaState;
import org.aftersales.domain.shared.ConflictException;
import org.aftersales.domain.shared.RuleViolationException;
import org.aftersales.domain.shared.UnknownEntityException;
import org.aftersales.quality.boundary.CorrectiveActions;
import org.aftersales.quality.boundary.RecordsViews.CapaChange;
import org.aftersales.quality.boundary.RecordsViews.CapaStep;
import org.aftersales.quality.boundary.RecordsViews.CapaView;
import org.aftersales.web.shared.view.Feedback;
import org.omnifaces.cdi.Param;

/**
 * Q3: one corrective action with its flow — the history, the next step (closing with the evidence
 * of effectiveness goes to approval), a new owner, department or deadline.
 */
@Named
@ViewScoped
public class CapaPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private CorrectiveActions actions;

    @Inject
    @Param(name = "id")
    private String idParam;

    private Long id;
    private CapaView capa;
    private String note;
    private String evidence;
    private String owner;
    private String department;
    private LocalDate deadline;

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
        capa = null;
        if (id == null) {
            return;
        }
        try {
            capa = actions.get(id);
            owner = capa.owner();
            department = capa.department();
            deadline = capa.deadline();
        } catch (UnknownEntityException e) {
            capa = null;
        }
    }

    /** The one step the flow allows next (none when closed or while the closing waits). */
    public CapaState getNext() {
        if (capa == null || capa.closurePending()) {
            return null;
        }
        return CapaFlow.next(capa.state()).orElse(null);
    }

    public void step() {
        CapaState next = getNext();
        if (next == null) {
            return;
        }
        try {
            actions.step(id, new CapaStep(next, note, evidence));
            Feedback.info(next == CapaState.CLOSED ? "capa.closureSubmitted" : "capa.stepDone");
            note = null;
            reload();
        } catch (RuleViolationException | ConflictException e) {
            Feedback.failed(e, "stepForm");
        }
    }

    public void change() {
        try {
            actions.change(id, new CapaChange(owner, department, deadline));
            Feedback.info("capa.changed");
            reload();
        } catch (RuleViolationException | ConflictException e) {
            Feedback.failed(e, "changeForm");
        }
    }

    public CapaView getCapa() {
        return capa;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getEvidence() {
        return evidence;
    }

    public void setEvidence(String evidence) {
        this.evidence = evidence;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
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
}
