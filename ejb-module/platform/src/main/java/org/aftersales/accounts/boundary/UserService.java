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
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.security.Principal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.aftersales.accounts.control.PasswordRules;
import org.aftersales.domain.accounts.LoginPolicy;
import org.aftersales.domain.accounts.Role;
import org.aftersales.domain.accounts.Roles;
import org.aftersales.domain.accounts.UserAccount;
import org.aftersales.domain.shared.ConflictException;
import org.aftersales.domain.shared.DomainEvent;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.PageResult;
import org.aftersales.domain.shared.RuleViolationException;
import org.aftersales.domain.shared.UnknownEntityException;
import org.aftersales.events.boundary.DomainEvents;
import org.aftersales.reference.boundary.ReferenceLists;
import org.aftersales.settings.boundary.BusinessCalendar;
import org.aftersales.settings.boundary.Settings;

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

    private static final Logger LOG = Logger.getLogger(UserService.class.getName());

    @PersistenceContext(unitName = "aftersales")
    private EntityManager em;

    @Inject
    private PasswordRules passwords;

    @EJB
    private Settings settings;

    @EJB
    private ReferenceLists lists;

    @EJB
    private DomainEvents events;

    @Resource
    private SessionContext context;

    @EJB
    private BusinessCalendar calendar;

    /**
     * Checks a username and password (issue 10.4). A locked account — by an administrator, or for a
     * while after failed logins — is refused without checking the password; a wrong password counts
     * towards a temporary lock, which tells the administrators ({@link #ACCOUNT_LOCKED}). Every
     * failure takes the time of a real check.
     */
    @PermitAll
    public LoginResult authenticate(String username, char[] password) {
        Optional<UserAccount> found = username == null ? Optional.empty() : byUsername(username.strip(), true);
        if (found.isEmpty()) {
            passwords.burn(password);
            return LoginResult.failed(LoginResult.Outcome.UNKNOWN_USER);
        }
        UserAccount account = found.get();
        Instant now = calendar.now();
        if (!account.acceptsLogin(now)) {
            passwords.burn(password);
            return LoginResult.failed(LoginResult.Outcome.LOCKED);
        }
        if (!passwords.verify(password, account.getPasswordHash())) {
            return failedLogin(account, now)
                    ? LoginResult.failed(LoginResult.Outcome.BAD_PASSWORD_LOCKED_NOW)
                    : LoginResult.failed(LoginResult.Outcome.BAD_PASSWORD);
        }
        account.recordSuccessfulLogin(now);
        return new LoginResult(LoginResult.Outcome.SUCCESS, identityOf(account));
    }

    /** Counts a wrong password; true when it locked the account for a while (the administrators are told). */
    private boolean failedLogin(UserAccount account, Instant now) {
        LoginPolicy policy = loginPolicy();
        Optional<Instant> lockedUntil = account.recordFailedLogin(policy, now);
        if (lockedUntil.isEmpty()) {
            return false;
        }
        long minutes = Math.max(1, (Duration.between(now, lockedUntil.get()).getSeconds() + 59) / 60);
        LOG.warning(() -> "Account " + account.getUsername() + " locked until " + lockedUntil.get() + " after "
                + policy.lockoutThreshold() + " failed logins in a row (lock " + account.getLockCount() + " in a row)");
        events.publish(DomainEvent.of(
                ACCOUNT_LOCKED,
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

    private LoginPolicy loginPolicy() {
        return LoginPolicy.of(
                settings.number(LOCKOUT_THRESHOLD, 5),
                settings.number(LOCKOUT_SECONDS, 900),
                settings.number(LOCKOUT_MAX_SECONDS, 86_400));
    }

    /**
     * The identity of an account for re-checking a signed-in session; empty when an administrator
     * locked it or it is gone. A temporary lock after failed logins does not end sessions: a stranger's
     * wrong guesses must not throw the owner out.
     */
    @PermitAll
    public Optional<Identity> identity(String username) {
        return byUsername(username, false).filter(a -> !a.isLocked()).map(UserService::identityOf);
    }

    /**
     * A login with a remembered password (the API's credential cache, issue 10.4): the identity, or
     * empty when the account does not take logins now (locked, for a while or for good, or gone). The
     * wrong guesses before it no longer count towards a lock.
     */
    @PermitAll
    public Optional<Identity> rememberedLogin(String username) {
        Optional<UserAccount> found = byUsername(username, false);
        if (found.isEmpty() || !found.get().acceptsLogin(calendar.now())) {
            return Optional.empty();
        }
        UserAccount account = found.get();
        if (account.getFailedLogins() > 0) {
            em.refresh(account, LockModeType.PESSIMISTIC_WRITE); // a concurrent failure is counted before or after
            account.recordRememberedLogin();
        }
        return Optional.of(identityOf(account));
    }

    /**
     * The caller changes their own password (issue 10.5): the current one must be right (a wrong one
     * counts as a failed login, and is refused like one while the account is locked), the new one must
     * pass the policy and differ from the current. Empty when the current password was not accepted;
     * otherwise the caller's new identity (the password is no longer temporary).
     */
    @PermitAll
    public Optional<Identity> changeOwnPassword(char[] currentPassword, char[] newPassword) {
        try {
            UserAccount account = byUsername(caller(), true).orElseThrow(() -> new EJBAccessException("no account"));
            passwords.check("newPassword", newPassword, account.getUsername(), account.getDisplayName());
            Instant now = calendar.now();
            if (currentPassword == null || currentPassword.length == 0) {
                throw new RuleViolationException(FieldError.of("currentPassword", "validation.required"));
            }
            if (!account.acceptsLogin(now)) {
                passwords.burn(currentPassword);
                return Optional.empty();
            }
            if (!passwords.verify(currentPassword, account.getPasswordHash())) {
                failedLogin(account, now);
                return Optional.empty();
            }
            if (Arrays.equals(currentPassword, newPassword)) {
                throw new RuleViolationException(FieldError.of("newPassword", "validation.passwordUnchanged"));
            }
            account.changeOwnPassword(passwords.hash(newPassword), now);
            em.flush();
            return Optional.of(identityOf(account));
        } finally {
            wipe(currentPassword);
            wipe(newPassword);
        }
    }

    private String caller() {
        Principal principal = context.getCallerPrincipal();
        String name = principal == null ? null : principal.getName();
        if (name == null || name.isBlank() || "ANONYMOUS".equalsIgnoreCase(name)) {
            throw new EJBAccessException("Signed-in callers only");
        }
        return name;
    }

    private static void wipe(char[] secret) {
        if (secret != null) {
            Arrays.fill(secret, '\0');
        }
    }

    @RolesAllowed(Roles.ADMIN)
    public AccountView create(@Valid NewAccount request) {
        List<FieldError> errors = new ArrayList<>();
        String username = request.username().strip();
        if (byUsername(username, false).isPresent()) {
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
        account.preferLocale(settings.text(DEFAULT_LOCALE, "zh_CN"));
        em.persist(account);
        em.flush();
        return AccountView.of(account);
    }

    @RolesAllowed(Roles.ADMIN)
    public AccountView update(@Valid AccountChange change) {
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
        UserAccount account = existing(username);
        account.lock(calendar.now());
        em.flush();
        return AccountView.of(account);
    }

    @RolesAllowed(Roles.ADMIN)
    public AccountView unlock(String username) {
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
        existing(username).preferLocale(locale);
    }

    @RolesAllowed(Roles.ADMIN)
    public Optional<AccountView> find(String username) {
        return byUsername(username, false).map(AccountView::of);
    }

    @RolesAllowed(Roles.ADMIN)
    public PageResult<AccountView> list(int first, int size) {
        List<AccountView> items = em
                .createNamedQuery("UserAccount.all", UserAccount.class)
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList()
                .stream()
                .map(AccountView::of)
                .toList();
        long total = em.createNamedQuery("UserAccount.count", Long.class).getSingleResult();
        return new PageResult<>(items, total);
    }

    /** A colleague by username, for dispatch and notifications. */
    @PermitAll
    public Optional<StaffMember> staffMember(String username) {
        return byUsername(username, false).map(StaffMember::of);
    }

    /** Active colleagues who hold {@code role} themselves (an ADMIN is not counted as a technician here). */
    @PermitAll
    public List<StaffMember> staffWith(Role role) {
        return em.createNamedQuery("UserAccount.active", UserAccount.class).getResultList().stream()
                .filter(a -> a.getRoles().contains(role))
                .map(StaffMember::of)
                .toList();
    }

    /** The usernames of active accounts that hold a role (ADMIN holds every role). */
    @PermitAll
    public List<String> holdersOf(Role role) {
        return em.createNamedQuery("UserAccount.active", UserAccount.class).getResultList().stream()
                .filter(a -> a.holds(role))
                .map(UserAccount::getUsername)
                .toList();
    }

    /** Opens the first administrator's account; does nothing when any account exists. */
    @PermitAll
    public boolean bootstrapAdmin(char[] password) {
        if (em.createNamedQuery("UserAccount.count", Long.class).getSingleResult() > 0) {
            return false;
        }
        String hash = passwords.checkLengthAndHash("password", password);
        UserAccount admin = new UserAccount("admin", "系统管理员", hash, Set.of(Role.ADMIN), calendar.now());
        admin.preferLocale(settings.text(DEFAULT_LOCALE, "zh_CN"));
        em.persist(admin);
        return true;
    }

    private UserAccount existing(String username) {
        return byUsername(username, false).orElseThrow(() -> new UnknownEntityException("UserAccount", username));
    }

    private Optional<UserAccount> byUsername(String username, boolean forUpdate) {
        var query =
                em.createNamedQuery("UserAccount.byUsername", UserAccount.class).setParameter("username", username);
        if (forUpdate) {
            query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
        }
        return query.getResultStream().findFirst();
    }

    static Identity identityOf(UserAccount a) {
        return new Identity(
                a.getUsername(),
                a.getDisplayName(),
                a.getRoles(),
                a.getLocale(),
                a.getCredentialVersion(),
                a.isMustChangePassword());
    }
}
