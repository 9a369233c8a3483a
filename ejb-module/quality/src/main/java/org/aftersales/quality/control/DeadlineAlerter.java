package org.aftersales.quality.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.aftersales.accounts.boundary.UserService;
import org.aftersales.domain.accounts.Role;
import org.aftersales.domain.quality.CorrectiveAction;
import org.aftersales.domain.quality.InfoForm;
import org.aftersales.domain.quality.ResponsibleDepartment;
import org.aftersales.domain.quality.StaffQualification;
import org.aftersales.mail.boundary.MailOutbox;
import org.aftersales.notifications.boundary.NotificationService;

/**
 * One overdue item at a time, each in a transaction of its own, each alert raised once — the
 * conditional update of its flag lets one caller through (a second node or run changes no row):
 * a corrective action past its deadline (Q3: its owner and QUALITY), an information form whose
 * department did not answer in time (its members and QUALITY), a qualification about to lapse
 * (Q9: the person and QUALITY). The overdue corrective action and information form are also mailed
 * to those of them with an address ({@link MailOutbox}, same transaction), as complaints are.
 */
@Stateless
@PermitAll
public class DeadlineAlerter {

    @PersistenceContext(unitName = "aftersales")
    private EntityManager em;

    @EJB
    private NotificationService notifications;

    @EJB
    private UserService users;

    @EJB
    private MailOutbox outbox;

    @Inject
    private RecordsSearch search;

    private static final String MAIL_BUNDLE = "org.aftersales.quality.mail";

    /*
     * The watch's lists, each read in a transaction of its own: the watch itself (NOT_SUPPORTED) then
     * holds no entity manager of its own that the mail sender's after-commit task — which runs in the
     * watch's context — would close under it when it ends.
     */

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> overdueCapas(LocalDate today, int max) {
        return search.overdueCapas(today, max);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> overdueInfoForms(LocalDate today, int max) {
        return search.overdueInfoForms(today, max);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> qualificationsToWarn(LocalDate until, int max) {
        return search.qualificationsToWarn(until, max);
    }

    /** Q3: returns 1 when the overdue alert was raised now. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int capaOverdue(long id, LocalDate today, Instant now) {
        CorrectiveAction action = em.find(CorrectiveAction.class, id);
        if (action == null || !action.overdue(today) || !search.markCapaAlerted(id, now)) {
            return 0;
        }
        Set<String> to = withQuality(action.getOwner());
        List<String> args = List.of(
                action.subject(), action.getTitle(), action.getDeadline().toString());
        notifications.notifyUsers(to, "notification.capaOverdue", args, "capa-overdue-" + id);
        mail(to, "notification.capaOverdue", args); // Q3: the owner and QUALITY, by e-mail too
        return 1;
    }

    /** 售后信息处理单: returns 1 when the overdue answer was escalated now. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int infoFormOverdue(long id, LocalDate today, Instant now) {
        InfoForm form = em.find(InfoForm.class, id);
        if (form == null || !form.answerOverdue(today) || !search.markEscalated(id, now)) {
            return 0;
        }
        ResponsibleDepartment department =
                search.department(form.getDepartmentCode()).orElse(null);
        Set<String> to = new LinkedHashSet<>();
        if (department != null) {
            to.addAll(department.getMembers());
        }
        to.addAll(withQuality(null));
        List<String> args = List.of(
                String.valueOf(id),
                department == null ? form.getDepartmentCode() : department.getName(),
                form.getDeadline().toString());
        notifications.notifyUsers(to, "notification.infoFormOverdue", args, "info-form-overdue-" + id);
        mail(to, "notification.infoFormOverdue", args);
        return 1;
    }

    /** Q9: returns 1 when the expiry warning was given now. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int qualificationExpiring(long id, int warningDays, LocalDate today, Instant now) {
        StaffQualification q = em.find(StaffQualification.class, id);
        if (q == null || !q.warningDue(warningDays, today) || !search.markQualificationWarned(id, now)) {
            return 0;
        }
        Set<String> to = withQuality(q.getStaff().getUsername());
        notifications.notifyUsers(
                to,
                "notification.qualificationExpiring",
                List.of(
                        q.getStaff().getName(),
                        q.getKind().name(),
                        q.getExpiresOn().toString()),
                "qualification-expiry-" + id);
        return 1;
    }

    /** Those of {@code to} with an address get the alert by e-mail as well (the others in the app only). */
    private void mail(Set<String> to, String key, List<String> args) {
        for (String username : to) {
            // queueFor skips a colleague without an address
            users.staffMember(username)
                    .ifPresent(s -> outbox.queueFor(s, MAIL_BUNDLE, getClass().getClassLoader(), key, args));
        }
    }

    private Set<String> withQuality(String first) {
        Set<String> to = new LinkedHashSet<>();
        if (first != null) {
            to.add(first);
        }
        to.addAll(users.holdersOf(Role.QUALITY));
        return to;
    }
}
