package org.aftersales.accounts.control;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.aftersales.accounts.boundary.NewAccount;
import org.aftersales.accounts.boundary.UserService;
import org.aftersales.domain.accounts.Role;
import org.aftersales.domain.accounts.UserAccount;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.RuleViolationException;
import org.aftersales.reference.boundary.ReferenceLists;
import org.aftersales.settings.boundary.BusinessCalendar;
import org.aftersales.settings.boundary.SettingReader;

/**
 * A new account: a free username, a region of the kept list, a password the policy accepts (only its
 * length for the first administrator's), the screens' default language ({@link
 * UserService#DEFAULT_LOCALE}). The account is stored, not flushed.
 */
@Dependent
public class AccountOpening {

    @PersistenceContext(unitName = "aftersales")
    private EntityManager em;

    @Inject
    private PasswordRules passwords;

    @Inject
    private AccountQueries accounts;

    @EJB
    private ReferenceLists lists;

    @Inject
    private SettingReader settings;

    @Inject
    private BusinessCalendar calendar;

    public UserAccount open(NewAccount request) {
        List<FieldError> errors = new ArrayList<>();
        String username = request.username().strip();
        if (accounts.byUsername(username, false).isPresent()) {
            errors.add(FieldError.of("username", "validation.usernameTaken", username));
        }
        // issue 10.18: a technician's region is one of the kept list, as the tickets' are (T4 dispatch matching)
        lists.unknown(ReferenceLists.Kind.REGION, "region", request.region(), null)
                .ifPresent(errors::add);
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        String hash = passwords.checkAndHash("password", request.password(), username, request.displayName());
        UserAccount account = new UserAccount(username, request.displayName(), hash, request.roles(), calendar.now());
        if (request.temporaryPassword()) {
            account.requirePasswordChange(); // the owner chooses their own at the first login (issue 10.5)
        }
        account.assignRegion(request.region());
        account.certify(request.qualifications());
        account.changeEmail(request.email());
        account.changePhone(request.phone());
        account.preferLocale(settings.text(UserService.DEFAULT_LOCALE, "zh_CN"));
        em.persist(account);
        return account;
    }

    /** The first administrator, {@code admin}; false (nothing done) when any account exists. */
    public boolean openFirstAdmin(char[] password) {
        if (accounts.count() > 0) {
            return false;
        }
        String hash = passwords.checkLengthAndHash("password", password);
        UserAccount admin = new UserAccount("admin", "系统管理员", hash, Set.of(Role.ADMIN), calendar.now());
        admin.preferLocale(settings.text(UserService.DEFAULT_LOCALE, "zh_CN"));
        em.persist(admin);
        return true;
    }
}
