package org.aftersales.web.quality.view;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.aftersales.domain.quality.AuditVerdict;
import org.aftersales.domain.shared.ConflictException;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.RuleViolationException;
import org.aftersales.quality.boundary.KpiViews.AuditView;
import org.aftersales.quality.boundary.KpiViews.EvaluationView;
import org.aftersales.quality.boundary.RepairEvaluations;
import org.aftersales.web.shared.view.CurrentUser;
import org.aftersales.web.shared.view.Feedback;

/**
 * Q6: the evaluator's list of closed tickets to score (quality and attitude, 1–10) and the month's
 * audit sample, drawn and judged by a manager.
 */
@Named
@ViewScoped
public class EvaluationsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private RepairEvaluations evaluations;

    @Inject
    private CurrentUser currentUser;

    private List<EvaluationView> pending;
    private final Map<String, Integer> quality = new HashMap<>();
    private final Map<String, Integer> attitude = new HashMap<>();
    private final Map<String, String> remarks = new HashMap<>();
    private String month;
    private List<AuditView> sample;
    private final Map<Long, String> notes = new HashMap<>();

    public List<EvaluationView> getPending() {
        if (pending == null) {
            pending = evaluations.toEvaluate(100);
        }
        return pending;
    }

    public void save(String ticket) {
        try {
            evaluations.evaluate(ticket, quality.get(ticket), attitude.get(ticket), remarks.get(ticket));
            Feedback.info("eval.saved", ticket);
            pending = null;
        } catch (RuleViolationException | ConflictException e) {
            Feedback.failed(e, "evalForm");
        }
    }

    public List<AuditView> getSample() {
        if (sample == null) {
            try {
                sample = evaluations.audits(month());
            } catch (RuleViolationException e) {
                sample = List.of();
            }
        }
        return sample;
    }

    public void showSample() {
        try {
            sample = evaluations.audits(month());
        } catch (RuleViolationException e) {
            Feedback.failed(e, "auditForm");
        }
    }

    public void draw() {
        try {
            sample = evaluations.sample(month());
        } catch (RuleViolationException e) {
            Feedback.failed(e, "auditForm");
        }
    }

    public void confirm(long id) {
        judge(id, AuditVerdict.CONFIRMED);
    }

    public void question(long id) {
        judge(id, AuditVerdict.QUESTIONED);
    }

    private void judge(long id, AuditVerdict verdict) {
        try {
            evaluations.audit(id, verdict, notes.get(id));
            Feedback.info("eval.audited");
            sample = null;
        } catch (RuleViolationException | ConflictException e) {
            Feedback.failed(e, "auditForm");
        }
    }

    private YearMonth month() {
        try {
            return YearMonth.parse(getMonth().strip());
        } catch (DateTimeParseException e) {
            throw new RuleViolationException(FieldError.of("month", "validation.month"));
        }
    }

    public String getMonth() {
        if (month == null) {
            month = YearMonth.from(currentUser.today()).minusMonths(1).toString();
        }
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public Map<String, Integer> getQuality() {
        return quality;
    }

    public Map<String, Integer> getAttitude() {
        return attitude;
    }

    public Map<String, String> getRemarks() {
        return remarks;
    }

    public Map<Long, String> getNotes() {
        return notes;
    }
}
