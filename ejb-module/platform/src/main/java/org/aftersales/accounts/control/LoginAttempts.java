package org.aftersales.accounts.control;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.aftersales.accounts.boundary.LoginResult.Outcome;
import org.aftersales.accounts.boundary.UserService;
import org.aftersales.domain.accounts.LoginPolicy;
import org.aftersales.domain.accounts.UserAccount;
import org.aftersales.domain.shared.DomainEvent;
import org.aftersales.events.boundary.DomainEvents;
import org.aftersales.settings.boundary.SettingReader;

/**
 * Issue 10.4: one try of a password on an account. A locked account — by an administrator, or for a
 * while after failed logins — is refused without checking the password (which still takes the time of
 * a check); a wrong password counts towards a temporary lock ({@link LoginPolicy}, settings {@code
 * security.lockout.*}), which tells the administrators ({@link UserService#ACCOUNT_LOCKED}).
 */
@Dependent
public class LoginAttempts {

    private static final Logger LOG = Logger.getLogger(UserService.class.getName());

    @PersistenceContext(unitName = "aftersales")
    private EntityManager em;

    @Inject
    private PasswordRules passwords;

    @Inject
    private SettingReader settings;

    @EJB
    private DomainEvents events;

    /**
     * {@link Outcome#LOCKED}, {@link Outcome#BAD_PASSWORD}, {@link Outcome#BAD_PASSWORD_LOCKED_NOW} or
     * {@link Outcome#SUCCESS}; the account's row should be locked for the transaction (its failures are
     * counted one after the other). A success is not recorded here.
     */
    public Outcome attempt(UserAccount account, char[] password, Instant now) {
        if (!account.acceptsLogin(now)) {
            passwords.burn(password);
            return Outcome.LOCKED;
        }
        if (!passwords.verify(password, account.getPasswordHash())) {
            return failed(account, now) ? Outcome.BAD_PASSWORD_LOCKED_NOW : Outcome.BAD_PASSWORD;
        }
        return Outcome.SUCCESS;
    }

    /**
     * A login with a remembered password (the API's credential cache): true when the account takes
     * logins now; the wrong guesses before it no longer count towards a lock.
     */
    public boolean remembered(UserAccount account, Instant now) {
        if (!account.acceptsLogin(now)) {
            return false;
        }
        if (account.getFailedLogins() > 0) {
            em.refresh(account, LockModeType.PESSIMISTIC_WRITE); // a concurrent failure is counted before or after
            account.recordRememberedLogin();
        }
        return true;
    }

    /** Counts a wrong password; true when it locked the account for a while (the administrators are told). */
    private boolean failed(UserAccount account, Instant now) {
        LoginPolicy policy = policy();
        Optional<Instant> lockedUntil = account.recordFailedLogin(policy, now);
        if (lockedUntil.isEmpty()) {
            return false;
        }
        long minutes = Math.max(1, (Duration.between(now, lockedUntil.get()).getSeconds() + 59) / 60);
        LOG.warning(() -> "Account " + account.getUsername() + " locked until " + lockedUntil.get() + " after "
                + policy.lockoutThreshold() + " failed logins in a row (lock " + account.getLockCount() + " in a row)");
        events.publish(DomainEvent.of(
                UserService.ACCOUNT_LOCKED,
                now,
                Map.of(
                        "username",
                        account.getUsername(),
                        "failedLogins",
                        String.valueOf(policy.lockoutThreshold()),
                        "lockedUntil",
                        lockedUntil.get().toString(),
                        "lockMinutes",
                        String.valueOf(minutes))));
        return true;
    }

    private LoginPolicy policy() {
        return LoginPolicy.of(
                settings.number(UserService.LOCKOUT_THRESHOLD, 5),
                settings.number(UserService.LOCKOUT_SECONDS, 900),
                settings.number(UserService.LOCKOUT_MAX_SECONDS, 86_400));
    }
}
