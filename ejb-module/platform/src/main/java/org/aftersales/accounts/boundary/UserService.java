package org.aftersales.accounts.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.aftersales.accounts.control.AccountOpening;
import org.aftersales.accounts.control.AccountQueries;
import org.aftersales.accounts.control.LoginAttempts;
import org.aftersales.accounts.control.PasswordRules;
import org.aftersales.domain.accounts.Role;
import org.aftersales.domain.accounts.Roles;
import org.aftersales.domain.accounts.UserAccount;
import org.aftersales.domain.shared.ConflictException;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.PageResult;
import org.aftersales.domain.shared.RuleViolationException;
import org.aftersales.domain.shared.UnknownEntityException;
import org.aftersales.reference.boundary.ReferenceLists;
import org.aftersales.settings.boundary.BusinessCalendar;

/**
 * Staff and partner accounts: opening, editing, passwords, locking, and checking a login.
 * A login that fails too often in a row locks the account for a while, longer each time, and tells
 * the administrators ({@link #ACCOUNT_LOCKED} event); an administrator's lock holds until unlocked.
 */
@Stateless
public class UserService {

    public static final String ACCOUNT_LOCKED = "AccountLocked";
    public static final String LOCKOUT_THRESHOLD = "security.lockout.threshold";
    public static final String LOCKOUT_SECONDS = "security.lockout.seconds";
    public static final String LOCKOUT_MAX_SECONDS = "security.lockout.max-seconds";
    public static final String DEFAULT_LOCALE = "ui.default-locale";
    /** The languages of the screens; {@link #preferLocale} takes one of them. */
    public static final Set<String> LOCALES = Set.of("zh_CN", "en");

    @PersistenceContext(unitName = "aftersales")
    private EntityManager em;

    @Inject
    private PasswordRules passwords;

    @Inject
    private LoginAttempts attempts;

    @Inject
    private AccountQueries accounts;

    @EJB
    private ReferenceLists lists;

    @Inject
    private AccountOpening opening;

    /** Every method that changes an account says so first (issue 15.2): the authentication checks what it remembers again. */
    @Inject
    private AccountChanges changes;

    @Resource
    private SessionContext context;

    @Inject
    private BusinessCalendar calendar;

    /**
     * Checks a username and password (issue 10.4). A locked account — by an administrator, or for a
     * while after failed logins — is refused without checking the password; a wrong password counts
     * towards a temporary lock, which tells the administrators ({@link #ACCOUNT_LOCKED}). Every
     * failure takes the time of a real check.
     */
    @PermitAll
    public LoginResult authenticate(String username, char[] password) {
        changes.changing();
        Optional<UserAccount> found = username == null ? Optional.empty() : byUsername(username.strip(), true);
        if (found.isEmpty()) {
            passwords.burn(password);
            return LoginResult.failed(LoginResult.Outcome.UNKNOWN_USER);
        }
        UserAccount account = found.get();
        Instant now = calendar.now();
        LoginResult.Outcome outcome = attempts.attempt(account, password, now);
        if (outcome != LoginResult.Outcome.SUCCESS) {
            return LoginResult.failed(outcome);
        }
        account.recordSuccessfulLogin(now);
        return new LoginResult(LoginResult.Outcome.SUCCESS, Identity.of(account));
    }

    /**
     * The identity of an account for re-checking a signed-in session; empty when an administrator
     * locked it or it is gone. A temporary lock after failed logins does not end sessions: a stranger's
     * wrong guesses must not throw the owner out.
     */
    @PermitAll
    public Optional<Identity> identity(String username) {
        return byUsername(username, false).filter(a -> !a.isLocked()).map(Identity::of);
    }

    /**
     * A login with a remembered password (the API's credential cache, issue 10.4): the identity, or
     * empty when the account does not take logins now (locked, for a while or for good, or gone). The
     * wrong guesses before it no longer count towards a lock.
     */
    @PermitAll
    public Optional<Identity> rememberedLogin(String username) {
        return byUsername(username, false)
                .filter(account -> attempts.remembered(account, calendar.now()))
                .map(Identity::of);
    }

    /**
     * The caller changes their own password (issue 10.5): the current one must be right (a wrong one
     * counts as a failed login, and is refused like one while the account is locked), the new one must
     * pass the policy and differ from the current. Empty when the current password was not accepted;
     * otherwise the caller's new identity (the password is no longer temporary).
     */
    @PermitAll
    public Optional<Identity> changeOwnPassword(char[] currentPassword, char[] newPassword) {
        changes.changing();
        try {
            UserAccount account =
                    byUsername(Caller.signedIn(context), true).orElseThrow(() -> new EJBAccessException("no account"));
            passwords.check("newPassword", newPassword, account.getUsername(), account.getDisplayName());
            Instant now = calendar.now();
            if (currentPassword == null || currentPassword.length == 0) {
                throw new RuleViolationException(FieldError.of("currentPassword", "validation.required"));
            }
            if (attempts.attempt(account, currentPassword, now) != LoginResult.Outcome.SUCCESS) {
                return Optional.empty();
            }
            if (Arrays.equals(currentPassword, newPassword)) {
                throw new RuleViolationException(FieldError.of("newPassword", "validation.passwordUnchanged"));
            }
            account.changeOwnPassword(passwords.hash(newPassword), now);
            em.flush();
            return Optional.of(Identity.of(account));
        } finally {
            PasswordRules.wipe(currentPassword, newPassword);
        }
    }

    @RolesAllowed(Roles.ADMIN)
    public AccountView create(@Valid NewAccount request) {
        changes.changing();
        UserAccount account = opening.open(request);
        em.flush();
        return AccountView.of(account);
    }

    @RolesAllowed(Roles.ADMIN)
    public AccountView update(@Valid AccountChange change) {
        changes.changing();
        UserAccount account = existing(change.username());
        if (account.getVersion() != change.version()) {
            throw new ConflictException("error.staleVersion");
        }
        lists.unknown(ReferenceLists.Kind.REGION, "region", change.region(), account.getRegion())
                .ifPresent(error -> {
                    throw new RuleViolationException(error);
                });
        account.rename(change.displayName());
        account.assignRoles(change.roles());
        account.assignRegion(change.region());
        account.certify(change.qualifications());
        account.changeEmail(change.email());
        account.changePhone(change.phone());
        em.flush();
        return AccountView.of(account);
    }

    /** An administrator sets a password; {@code temporary}: the owner must replace it at the next login. */
    @RolesAllowed(Roles.ADMIN)
    public AccountView resetPassword(String username, char[] newPassword, boolean temporary) {
        changes.changing();
        UserAccount account = existing(username);
        account.assignPassword(
                passwords.checkAndHash("password", newPassword, account.getUsername(), account.getDisplayName()),
                temporary,
                calendar.now());
        em.flush();
        return AccountView.of(account);
    }

    @RolesAllowed(Roles.ADMIN)
    public AccountView lock(String username) {
        changes.changing();
        UserAccount account = existing(username);
        account.lock(calendar.now());
        em.flush();
        return AccountView.of(account);
    }

    @RolesAllowed(Roles.ADMIN)
    public AccountView unlock(String username) {
        changes.changing();
        UserAccount account = existing(username);
        account.unlock();
        em.flush();
        return AccountView.of(account);
    }

    /** A user's own choice of language; anyone signed in may change their own. */
    @PermitAll
    public void preferLocale(
            String username,
            @NotNull(message = "{validation.locale}") @Pattern(regexp = "zh_CN|en", message = "{validation.locale}")
                    String locale) {
        changes.changing();
        existing(username).preferLocale(locale);
    }

    @RolesAllowed(Roles.ADMIN)
    public Optional<AccountView> find(String username) {
        return byUsername(username, false).map(AccountView::of);
    }

    @RolesAllowed(Roles.ADMIN)
    public PageResult<AccountView> list(int first, int size) {
        PageResult<UserAccount> page = accounts.page(first, size);
        return new PageResult<>(page.items().stream().map(AccountView::of).toList(), page.total());
    }

    /** A colleague by username, for dispatch and notifications. */
    @PermitAll
    public Optional<StaffMember> staffMember(String username) {
        return byUsername(username, false).map(StaffMember::of);
    }

    /** Active colleagues who hold {@code role} themselves (an ADMIN is not counted as a technician here). */
    @PermitAll
    public List<StaffMember> staffWith(Role role) {
        return accounts.active().stream()
                .filter(a -> a.getRoles().contains(role))
                .map(StaffMember::of)
                .toList();
    }

    /** The usernames of active accounts that hold a role (ADMIN holds every role). */
    @PermitAll
    public List<String> holdersOf(Role role) {
        return accounts.active().stream()
                .filter(a -> a.holds(role))
                .map(UserAccount::getUsername)
                .toList();
    }

    /** Opens the first administrator's account; does nothing when any account exists. */
    @PermitAll
    public boolean bootstrapAdmin(char[] password) {
        changes.changing();
        return opening.openFirstAdmin(password);
    }

    private UserAccount existing(String username) {
        return byUsername(username, false).orElseThrow(() -> new UnknownEntityException("UserAccount", username));
    }

    private Optional<UserAccount> byUsername(String username, boolean forUpdate) {
        return accounts.byUsername(username, forUpdate);
    }
}
