package org.aftersales.billing.control;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.aftersales.accounts.boundary.StaffMember;
import org.aftersales.accounts.boundary.UserService;
import org.aftersales.domain.accounts.Role;
import org.aftersales.domain.billing.Budget;
import org.aftersales.domain.billing.BudgetLevel;
import org.aftersales.mail.boundary.MailOutbox;
import org.aftersales.notifications.boundary.NotificationService;
import org.aftersales.settings.boundary.SettingReader;

/**
 * B5: after a booking or a change of the budget, warns the department's manager (the budget's, else
 * every MANAGER) once when the spent cost first reaches the warning share (the setting
 * {@value #WARNING_PERCENT}, 80 %) and once when it reaches the whole budget — in the app and by
 * e-mail through the mail outbox, in the transaction of the booking. The budget's row is locked, so
 * two bookings at once give each warning once.
 */
@Dependent
public class BudgetWatch {

    public static final String WARNING_PERCENT = "billing.budget-warning-percent";
    private static final String MAIL_BUNDLE = "org.aftersales.billing.mail";

    @Inject
    private CostSearch search;

    @Inject
    private SettingReader settings;

    @EJB
    private NotificationService notifications;

    @EJB
    private UserService users;

    @EJB
    private MailOutbox outbox;

    /** Returns the warnings given now. */
    public List<BudgetLevel> check(String department, int year) {
        return search.lockedBudget(department, year).map(this::check).orElse(List.of());
    }

    /** The warnings {@code budget} (locked by the caller) calls for now, given. */
    public List<BudgetLevel> check(Budget budget) {
        BigDecimal spent = search.spent(budget.getDepartment(), budget.getYear());
        List<BudgetLevel> reached = budget.reached(spent, warningPercent());
        for (BudgetLevel level : reached) {
            warn(budget, level, spent);
        }
        return reached;
    }

    public int warningPercent() {
        return settings.number(WARNING_PERCENT, 80);
    }

    private void warn(Budget budget, BudgetLevel level, BigDecimal spent) {
        String key = level == BudgetLevel.WARNING ? "notification.budgetWarning" : "notification.budgetExhausted";
        Integer percent = budget.percentSpent(spent);
        List<String> args = List.of(
                budget.getDepartment(),
                String.valueOf(budget.getYear()),
                percent == null ? "-" : String.valueOf(percent),
                spent.toPlainString(),
                budget.budget().toPlainString());
        Set<String> recipients = new LinkedHashSet<>();
        if (budget.getManager() != null) {
            recipients.add(budget.getManager());
        } else {
            users.staffWith(Role.MANAGER).stream().map(StaffMember::username).forEach(recipients::add);
        }
        String source = "budget:" + budget.getDepartment() + ":" + budget.getYear() + ":" + level.name();
        notifications.notifyUsers(recipients, key, args, source);
        for (String username : recipients) {
            users.staffMember(username)
                    .filter(s -> s.email() != null && !s.email().isBlank())
                    .ifPresent(s -> outbox.queueFor(s, MAIL_BUNDLE, getClass().getClassLoader(), key, args));
        }
    }
}
