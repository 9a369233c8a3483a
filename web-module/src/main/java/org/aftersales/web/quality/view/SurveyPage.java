package org.aftersales.web.quality.view;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.aftersales.domain.quality.SatisfactionLevel;
import org.aftersales.domain.shared.ConflictException;
import org.aftersales.domain.shared.RuleViolationException;
import org.aftersales.domain.shared.UnknownEntityException;
import org.aftersales.quality.boundary.QualityViews.SurveyAnswer;
import org.aftersales.quality.boundary.QualityViews.SurveyForm;
import org.aftersales.quality.boundary.QualityViews.SurveyReceipt;
import org.aftersales.quality.boundary.Surveys;
import org.aftersales.settings.boundary.SettingReader;
import org.aftersales.web.shared.view.Feedback;
import org.omnifaces.cdi.Param;

/**
 * Q5, no login: {@code survey.xhtml?token=} — the link of the survey mail and of
 * {@code GET /tickets/{number}/survey}. The seed's questionnaire (score 1–10 and "why not 10", taught
 * how to maintain, called back, the three-level scale, stars for product and service), answered once;
 * an unknown, answered or expired token shows a page saying so and nothing else. The view state
 * (server side, unguessable) protects the one POST against forgery.
 */
@Named
@ViewScoped
public class SurveyPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What the page shows. */
    public enum Stage {
        FORM,
        THANKS,
        UNKNOWN,
        ANSWERED,
        EXPIRED
    }

    @EJB
    private Surveys surveys;

    @Inject
    private SettingReader settings;

    @Inject
    @Param(name = "token")
    private String token;

    private Stage stage;
    private SurveyForm form;
    private boolean complaintOpened;

    private Integer score;
    private String whyNot;
    private Boolean taughtMaintenance;
    private Boolean calledBack;
    private SatisfactionLevel level;
    private Integer productStars;
    private Integer serviceStars;

    @PostConstruct
    void load() {
        if (token == null || token.isBlank() || token.length() > 64) {
            stage = Stage.UNKNOWN;
            return;
        }
        try {
            form = surveys.form(token);
            stage = Stage.FORM;
        } catch (UnknownEntityException e) {
            stage = Stage.UNKNOWN;
        } catch (ConflictException e) {
            stage = closed(e);
        }
    }

    private static Stage closed(ConflictException e) {
        return "error.surveyExpired".equals(e.messageKey()) ? Stage.EXPIRED : Stage.ANSWERED;
    }

    /** Q5: the one answer; a score of 10 leaves "why not" empty. */
    public void submit() {
        if (stage != Stage.FORM) {
            return;
        }
        try {
            SurveyReceipt receipt = surveys.answer(
                    token,
                    new SurveyAnswer(
                            score,
                            score != null && score >= 10 ? null : whyNot,
                            taughtMaintenance,
                            calledBack,
                            level,
                            productStars,
                            serviceStars));
            complaintOpened = receipt.complaintNumber() != null;
            stage = Stage.THANKS;
        } catch (RuleViolationException e) {
            Feedback.failed(e, "surveyForm");
        } catch (ConflictException e) {
            stage = closed(e);
        } catch (UnknownEntityException e) {
            stage = Stage.UNKNOWN;
        }
    }

    public String getCompany() {
        return settings.text("print.company", "售后服务部");
    }

    public SatisfactionLevel[] getLevels() {
        return SatisfactionLevel.values();
    }

    public Integer[] getScores() {
        return new Integer[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    }

    public boolean isWhyNotAsked() {
        return score == null || score < 10;
    }

    public Stage getStage() {
        return stage;
    }

    public SurveyForm getForm() {
        return form;
    }

    public boolean isComplaintOpened() {
        return complaintOpened;
    }

    public Integer getScore() {
        return score;
    }

    public void setScore(Integer score) {
        this.score = score;
    }

    public String getWhyNot() {
        return whyNot;
    }

    public void setWhyNot(String whyNot) {
        this.whyNot = whyNot;
    }

    public Boolean getTaughtMaintenance() {
        return taughtMaintenance;
    }

    public void setTaughtMaintenance(Boolean taughtMaintenance) {
        this.taughtMaintenance = taughtMaintenance;
    }

    public Boolean getCalledBack() {
        return calledBack;
    }

    public void setCalledBack(Boolean calledBack) {
        this.calledBack = calledBack;
    }

    public SatisfactionLevel getLevel() {
        return level;
    }

    public void setLevel(SatisfactionLevel level) {
        this.level = level;
    }

    public Integer getProductStars() {
        return productStars;
    }

    public void setProductStars(Integer productStars) {
        this.productStars = productStars;
    }

    public Integer getServiceStars() {
        return serviceStars;
    }

    public void setServiceStars(Integer serviceStars) {
        this.serviceStars = serviceStars;
    }
}
