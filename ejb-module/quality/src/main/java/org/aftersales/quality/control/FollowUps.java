package org.aftersales.quality.control;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.aftersales.domain.quality.ReturnVisit;
import org.aftersales.domain.quality.Survey;
import org.aftersales.domain.quality.VisitDue;
import org.aftersales.domain.quality.VisitReason;
import org.aftersales.domain.shared.DomainEvent;
import org.aftersales.mail.boundary.MailOutbox;
import org.aftersales.settings.boundary.BusinessCalendar;
import org.aftersales.settings.boundary.SettingReader;

/**
 * Q4, Q5: what follows a delivery and a closed ticket — a return visit due 5–7 days after delivery
 * (the hand-over's date), a visit due some days after the ticket was closed, and the ticket's one-time
 * satisfaction survey. Each event makes its visit once (the visit's source event is unique); a ticket
 * closed again after a reopening gets a new visit but keeps its one survey. When the survey is made,
 * its link is mailed to the customer (if the customer has an address) in the same transaction, in
 * Chinese, the link starting with the setting {@code mail.link-base-url}.
 */
@Dependent
public class FollowUps {

    public static final String VISIT_FROM_DAYS = "quality.visit-from-days";
    public static final String VISIT_UNTIL_DAYS = "quality.visit-until-days";
    public static final String VISIT_AFTER_CLOSE_DAYS = "quality.visit-after-close-days";
    public static final String VISIT_WINDOW_DAYS = "quality.visit-window-days";
    public static final String SURVEY_VALID_DAYS = "quality.survey-valid-days";
    public static final String LINK_BASE_URL = "mail.link-base-url";
    private static final String MAIL_BUNDLE = "org.aftersales.quality.mail";

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "aftersales")
    private EntityManager em;

    @Inject
    private SettingReader settings;

    @Inject
    private BusinessCalendar calendar;

    @EJB
    private MailOutbox outbox;

    @Inject
    private QualitySearch search;

    /** Q4: a new customer's product was delivered (event ProductDelivered). */
    public void delivered(DomainEvent event) {
        if (search.visitFor(event.id())) {
            return;
        }
        LocalDate delivered = date(event.get("deliveredOn"), event);
        VisitDue due = VisitDue.afterDelivery(
                delivered, settings.number(VISIT_FROM_DAYS, 5), settings.number(VISIT_UNTIL_DAYS, 7));
        em.persist(new ReturnVisit(
                event.id(),
                VisitReason.NEW_CUSTOMER,
                event.get("serialNumber"),
                id(event.get("customerId")),
                null,
                due));
        em.flush();
    }

    /** Q4, Q5: a ticket was closed (TicketEventRecorded of type CLOSED): its visit and its survey. */
    public void closed(DomainEvent event) {
        String ticket = event.get("number");
        if (ticket == null) {
            return;
        }
        Long customerId = id(event.get("customerId"));
        String serial = event.get("serialNumber");
        if (!search.visitFor(event.id())) {
            LocalDate closedOn = event.occurredAt().atZone(calendar.zone()).toLocalDate();
            VisitDue due = VisitDue.afterClose(
                    closedOn, settings.number(VISIT_AFTER_CLOSE_DAYS, 3), settings.number(VISIT_WINDOW_DAYS, 2));
            em.persist(new ReturnVisit(event.id(), VisitReason.AFTER_SERVICE, serial, customerId, ticket, due));
        }
        if (search.surveyOfTicket(ticket).isEmpty()) {
            Survey survey = new Survey(
                    Survey.newToken(RANDOM),
                    ticket,
                    customerId,
                    serial,
                    event.get("department"),
                    calendar.now(),
                    Duration.ofDays(Math.max(1, settings.number(SURVEY_VALID_DAYS, 30))));
            em.persist(survey);
            mailSurveyLink(survey);
        }
        em.flush();
    }

    /** Q5: the one-time link to the customer, if the customer has an e-mail address. */
    private void mailSurveyLink(Survey survey) {
        search.customerEmail(survey.getCustomerId()).ifPresent(address -> {
            String base = settings.text(LINK_BASE_URL, "http://localhost:8080/aftersales/")
                    .strip();
            String link = (base.endsWith("/") ? base : base + "/") + "survey.xhtml?token=" + survey.getToken();
            outbox.queueTo(
                    address,
                    Locale.SIMPLIFIED_CHINESE,
                    MAIL_BUNDLE,
                    getClass().getClassLoader(),
                    "survey.invitation",
                    List.of(
                            survey.getTicketNumber(),
                            link,
                            DateTimeFormatter.ofPattern("yyyy-MM-dd")
                                    .format(survey.getExpiresAt().atZone(calendar.zone()))));
        });
    }

    private LocalDate date(String text, DomainEvent event) {
        if (text != null) {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                // an older event without a date: the day it happened
            }
        }
        return event.occurredAt().atZone(calendar.zone()).toLocalDate();
    }

    private static Long id(String text) {
        try {
            return text == null || "null".equals(text) ? null : Long.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
