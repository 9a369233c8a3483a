package org.aftersales.quality.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.aftersales.domain.accounts.Roles;
import org.aftersales.domain.quality.Complaint;
import org.aftersales.domain.quality.ComplaintCategory;
import org.aftersales.domain.quality.ComplaintChannel;
import org.aftersales.domain.quality.ComplaintSeverity;
import org.aftersales.domain.quality.Survey;
import org.aftersales.domain.shared.UnknownEntityException;
import org.aftersales.quality.boundary.QualityViews.SurveyAnswer;
import org.aftersales.quality.boundary.QualityViews.SurveyForm;
import org.aftersales.quality.boundary.QualityViews.SurveyLink;
import org.aftersales.quality.boundary.QualityViews.SurveyReceipt;
import org.aftersales.quality.control.ComplaintIntake;
import org.aftersales.quality.control.KpiFacts;
import org.aftersales.quality.control.QualitySearch;
import org.aftersales.settings.boundary.BusinessCalendar;
import org.aftersales.settings.boundary.SettingReader;

/**
 * Q5: the satisfaction survey of each closed ticket — staff read its one-time link; the customer
 * answers once, without login, before it expires (an unknown token → 404; answered or expired → 409,
 * nothing recorded); a score at or below {@code quality.complaint-score-at-most} or DISSATISFIED opens
 * a complaint (channel SURVEY) for the ticket.
 */
@Stateless
@RolesAllowed({Roles.AGENT, Roles.DISPATCHER, Roles.QUALITY, Roles.MANAGER, Roles.ADMIN})
public class Surveys {

    public static final String COMPLAINT_SCORE_AT_MOST = "quality.complaint-score-at-most";
    /** Who answered a survey, in the complaint it opens and the audit. */
    public static final String CUSTOMER = "customer";

    @PersistenceContext(unitName = "aftersales")
    private EntityManager em;

    @Inject
    private BusinessCalendar calendar;

    @Inject
    private SettingReader settings;

    @Inject
    private ComplaintIntake intake;

    @Inject
    private QualitySearch search;

    @Inject
    private KpiFacts kpis;

    /** Q5: the ticket's survey link (made when the ticket was closed); none yet → 404. */
    public SurveyLink ofTicket(String ticketNumber) {
        return SurveyLink.of(search.surveyOfTicket(ticketNumber)
                .orElseThrow(() -> new UnknownEntityException("Survey", ticketNumber)));
    }

    /** Q5, public: the questionnaire of a token that can still be answered. */
    @PermitAll
    public SurveyForm form(String token) {
        Survey survey = known(token);
        survey.checkOpen(calendar.now());
        return new SurveyForm(survey.getTicketNumber(), survey.getExpiresAt());
    }

    /** Q5, public: the one answer; a low score opens a complaint in the same transaction. */
    @PermitAll
    public SurveyReceipt answer(String token, @NotNull @Valid SurveyAnswer in) {
        Survey survey =
                search.lockedSurvey(blankSafe(token)).orElseThrow(() -> new UnknownEntityException("Survey", "-"));
        Instant now = calendar.now();
        survey.answer(
                new Survey.Answer(
                        in.score(),
                        in.whyNot(),
                        in.taughtMaintenance(),
                        in.calledBack(),
                        in.level(),
                        in.productStars(),
                        in.serviceStars()),
                now);
        kpis.surveyAnswered(survey.getTicketNumber(), in.score()); // Q8: satisfaction by the ticket's close
        if (Survey.opensComplaint(in.score(), in.level(), settings.number(COMPLAINT_SCORE_AT_MOST, 6))) {
            String why = survey.getWhyNot() == null ? "" : "：" + survey.getWhyNot();
            Complaint complaint = intake.accept(
                    new ComplaintIntake.Intake(
                            survey.getDepartment(),
                            ComplaintChannel.SURVEY,
                            ComplaintCategory.OTHER,
                            ComplaintSeverity.NORMAL,
                            "满意度调查 " + in.score() + "/10" + why,
                            new Complaint.Links(
                                    survey.getCustomerId(), survey.getSerialNumber(), survey.getTicketNumber(), null)),
                    CUSTOMER);
            survey.complaintOpened(complaint.getNumber());
        }
        em.flush();
        return new SurveyReceipt(survey.getTicketNumber(), survey.getComplaintNumber());
    }

    private Survey known(String token) {
        // an unknown or guessed token says nothing about which exist
        return search.survey(blankSafe(token)).orElseThrow(() -> new UnknownEntityException("Survey", "-"));
    }

    private static String blankSafe(String token) {
        return token == null || token.length() > 64 ? "" : token;
    }
}
