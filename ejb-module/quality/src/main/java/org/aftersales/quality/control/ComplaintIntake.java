package org.aftersales.quality.control;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import org.aftersales.domain.numbering.DocumentKind;
import org.aftersales.domain.quality.Complaint;
import org.aftersales.domain.quality.ComplaintCategory;
import org.aftersales.domain.quality.ComplaintChannel;
import org.aftersales.domain.quality.ComplaintSeverity;
import org.aftersales.numbering.boundary.DocumentNumbers;
import org.aftersales.settings.boundary.BusinessCalendar;
import org.aftersales.settings.boundary.SettingReader;

/**
 * Q1, T10: a complaint is accepted under the next number of its department's series (code TS) with
 * the reply promised now plus its severity's term ({@code quality.reply-hours.<SEVERITY>}). Every way
 * in uses it: the desk and the API, a low survey score, a return visit's problem.
 */
@Dependent
public class ComplaintIntake {

    /** The department of complaints that come without a ticket (the tickets' own setting). */
    public static final String DEFAULT_DEPARTMENT = "service.default-department";

    @PersistenceContext(unitName = "aftersales")
    private EntityManager em;

    @Inject
    private KpiFacts kpis;

    @EJB
    private DocumentNumbers numbers;

    @Inject
    private SettingReader settings;

    @Inject
    private BusinessCalendar calendar;

    public record Intake(
            String department,
            ComplaintChannel channel,
            ComplaintCategory category,
            ComplaintSeverity severity,
            String description,
            Complaint.Links links) {}

    public Complaint accept(Intake in, String by) {
        // to the microsecond, as PostgreSQL keeps it: the answer to the intake promises the same replyBy
        // a later read gives (QualityFlowIT on PostgreSQL; Derby keeps nanoseconds)
        Instant now = calendar.now().truncatedTo(ChronoUnit.MICROS);
        String department = in.department() == null || in.department().isBlank()
                ? settings.text(DEFAULT_DEPARTMENT, "YX")
                : in.department();
        // Q1: the reply time promised before the call ends
        Instant replyBy = ComplaintSeverity.replyBy(
                now, settings.number(in.severity().settingKey(), in.severity().defaultReplyHours()));
        String number = numbers.next(DocumentKind.COMPLAINT, department, YearMonth.from(now.atZone(calendar.zone())))
                .toString();
        Complaint complaint = new Complaint(
                number,
                department,
                in.channel(),
                in.category(),
                in.severity(),
                in.description().strip(),
                in.links(),
                replyBy,
                by,
                now);
        em.persist(complaint);
        em.flush();
        kpis.complaint(complaint); // Q8: complaints per day, model, region and technician
        return complaint;
    }
}
