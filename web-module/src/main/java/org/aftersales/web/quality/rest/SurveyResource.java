package org.aftersales.web.quality.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import org.aftersales.domain.quality.SatisfactionLevel;
import org.aftersales.quality.boundary.QualityViews;
import org.aftersales.quality.boundary.Surveys;
import org.aftersales.settings.boundary.BusinessCalendar;
import org.aftersales.web.quality.rest.QualityDtos.Question;
import org.aftersales.web.quality.rest.QualityDtos.SurveyBody;
import org.aftersales.web.quality.rest.QualityDtos.SurveyForm;
import org.aftersales.web.quality.rest.QualityDtos.SurveyReceipt;
import org.aftersales.web.shared.i18n.Messages;
import org.aftersales.web.shared.rest.ApiLocale;
import org.aftersales.web.shared.rest.ApiTime;

/**
 * Q5, no login: {@code /surveys/{token}} — the questionnaire of the seed (score 1–10 and "why not 10",
 * taught how to maintain it, called back after the service, the three-level scale, stars for product
 * and service) and its one answer. An unknown token → 404; answered or expired → 409, nothing
 * recorded; a low score opens a complaint.
 */
@Path("surveys/{token}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PermitAll
public class SurveyResource {

    @EJB
    private Surveys surveys;

    @Inject
    private BusinessCalendar calendar;

    @Context
    private HttpHeaders headers;

    @GET
    public SurveyForm get(@PathParam("token") String token) {
        QualityViews.SurveyForm form = surveys.form(token);
        Locale locale = ApiLocale.of(headers);
        List<String> levels = java.util.Arrays.stream(SatisfactionLevel.values())
                .map(Enum::name)
                .toList();
        return new SurveyForm(
                form.ticketNumber(),
                ApiTime.format(form.expiresAt(), calendar.zone()),
                List.of(
                        new Question("score", "SCORE", Messages.get(locale, "survey.question.score"), 1, 10, null),
                        new Question(
                                "whyNot", "TEXT", Messages.get(locale, "survey.question.whyNot"), null, null, null),
                        new Question(
                                "taughtMaintenance",
                                "YES_NO",
                                Messages.get(locale, "survey.question.taughtMaintenance"),
                                null,
                                null,
                                null),
                        new Question(
                                "calledBack",
                                "YES_NO",
                                Messages.get(locale, "survey.question.calledBack"),
                                null,
                                null,
                                null),
                        new Question(
                                "level", "CHOICE", Messages.get(locale, "survey.question.level"), null, null, levels),
                        new Question(
                                "productStars",
                                "STARS",
                                Messages.get(locale, "survey.question.productStars"),
                                1,
                                5,
                                null),
                        new Question(
                                "serviceStars",
                                "STARS",
                                Messages.get(locale, "survey.question.serviceStars"),
                                1,
                                5,
                                null)));
    }

    /** Q5: the one answer → 200 with whether a complaint was opened. */
    @POST
    public SurveyReceipt answer(
            @PathParam("token") String token, @NotNull(message = "{validation.body}") SurveyBody body) {
        QualityViews.SurveyReceipt receipt = surveys.answer(token, body.input());
        return new SurveyReceipt(receipt.ticketNumber(), receipt.complaintNumber() != null);
    }
}
