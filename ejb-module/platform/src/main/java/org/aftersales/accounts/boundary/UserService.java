package org.aftersales.accounts.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.aftersales.accounts.control.PasswordRules;
import org.aftersales.domain.account.LoginPolicy;
import org.aftersales.domain.account.Role;
import org.aftersales.domain.account.UserAccount;
import org.aftersales.domain.shared.ConflictException;
import org.aftersales.domain.shared.DomainEvent;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.PageResult;
import org.aftersales.domain.shared.RuleViolationException;
import org.aftersales.domain.shared.UnknownEntityException;
import org.aftersales.events.boundary.DomainEvents;
import org.aftersales.settings.boundary.Settings;

/**
 * Staff and partner accounts: opening, editing, passwords, locking, and checking a login.
 * A login that fails too often in a row locks the account and tells the administrators
 * ({@link #ACCOUNT_LOCKED} event).
 */
@Stateless
public class UserService {

    public static final String ACCOUNT_LOCKED = "AccountLocked";
    public static final String LOCKOUT_THRESHOLD = "security.lockout.threshold";
    public static final String DEFAULT_LOCALE = "ui.default-locale";
    public static final Set<String> LOCALES = Set.of("zh_CN", "en");
    private static final Logger LOG = Logger.getLogger(UserService.class.getName());

    @PersistenceContext(unitName = "aftersales")
    private EntityManager em;

    @Inject
    private PasswordRules passwords;

    @EJB
    private Settings settings;

    @EJB
    private DomainEvents events;

    private final Clock clock = Clock.systemUTC();

    /** Checks a username and password; counts failures and locks the account at the threshold. */
    @PermitAll
    public LoginResult authenticate(String username, char[] password) {
        Optional<UserAccount> found = username == null ? Optional.empty() : byUsername(username.strip(), true);
        if (found.isEmpty()) {
            passwords.burn(password);
            return LoginResult.invalid();
        }
        UserAccount account = found.get();
        if (account.isLocked()) {
            passwords.burn(password);
            return LoginResult.locked();
        }
        Instant now = Instant.now(clock);
        if (!passwords.verify(password, account.getPasswordHash())) {
            boolean lockedNow = account.recordFailedLogin(new LoginPolicy(settings.number(LOCKOUT_THRESHOLD, 5)), now);
            if (lockedNow) {
                LOG.warning(() -> "Account " + account.getUsername() + " locked after "
                        + account.getFailedLogins() + " failed logins");
                events.publish(DomainEvent.of(ACCOUNT_LOCKED, now, Map.of("username", account.getUsername(),
                        "failedLogins", String.valueOf(account.getFailedLogins()))));
                return LoginResult.locked();
            }
            return LoginResult.invalid();
        }
        account.recordSuccessfulLogin(now);
        return new LoginResult(LoginResult.Outcome.SUCCESS, identityOf(account));
    }

    /** The identity of an active account, for re-checking a remembered login; empty when locked or gone. */
    @PermitAll
    public Optional<Identity> identity(String username) {
        return byUsername(username, false).filter(a -> !a.isLocked()).map(UserService::identityOf);
    }

    @RolesAllowed("ADMIN")
    public AccountView create(NewAccount request) {
        List<FieldError> errors = new ArrayList<>();
        String username = request.username() == null ? "" : request.username().strip();
        if (!UserAccount.USERNAME.matcher(username).matches()) {
            errors.add(FieldError.of("username", "validation.username"));
        } else if (byUsername(username, false).isPresent()) {
            errors.add(FieldError.of("username", "validation.usernameTaken", username));
        }
        if (request.displayName() == null || request.displayName().isBlank()) {
            errors.add(FieldError.of("displayName", "validation.required"));
        }
        if (request.roles() == null || request.roles().isEmpty()) {
            errors.add(FieldError.of("roles", "validation.rolesRequired"));
        }
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        String hash = passwords.checkAndHash("password", request.password());
        UserAccount account = new UserAccount(username, request.displayName(), hash, request.roles(), Instant.now(clock));
        account.assignRegion(request.region());
        account.certify(request.qualifications());
        account.changeEmail(request.email());
        account.preferLocale(settings.text(DEFAULT_LOCALE, "zh_CN"));
        em.persist(account);
        em.flush();
        return AccountView.of(account);
    }

    @RolesAllowed("ADMIN")
    public AccountView update(AccountChange change) {
        UserAccount account = existing(change.username());
        if (account.getVersion() != change.version()) {
            throw new ConflictException("error.staleVersion");
        }
        if (change.roles() == null || change.roles().isEmpty()) {
            throw new RuleViolationException(FieldError.of("roles", "validation.rolesRequired"));
        }
        if (change.displayName() == null || change.displayName().isBlank()) {
            throw new RuleViolationException(FieldError.of("displayName", "validation.required"));
        }
        account.rename(change.displayName());
        account.assignRoles(change.roles());
        account.assignRegion(change.region());
        account.certify(change.qualifications());
        account.changeEmail(change.email());
        em.flush();
        return AccountView.of(account);
    }

    @RolesAllowed("ADMIN")
    public AccountView resetPassword(String username, char[] newPassword) {
        UserAccount account = existing(username);
        account.changePassword(passwords.checkAndHash("password", newPassword), Instant.now(clock));
        em.flush();
        return AccountView.of(account);
    }

    @RolesAllowed("ADMIN")
    public AccountView lock(String username) {
        UserAccount account = existing(username);
        account.lock(Instant.now(clock));
        em.flush();
        return AccountView.of(account);
    }

    @RolesAllowed("ADMIN")
    public AccountView unlock(String username) {
        UserAccount account = existing(username);
        account.unlock();
        em.flush();
        return AccountView.of(account);
    }

    /** A user's own choice of language; anyone signed in may change their own. */
    @PermitAll
    public void preferLocale(String username, String locale) {
        if (!LOCALES.contains(locale)) {
            throw new RuleViolationException(FieldError.of("locale", "validation.locale"));
        }
        existing(username).preferLocale(locale);
    }

    @RolesAllowed("ADMIN")
    public Optional<AccountView> find(String username) {
        return byUsername(username, false).map(AccountView::of);
    }

    @RolesAllowed("ADMIN")
    public PageResult<AccountView> list(int first, int size) {
        List<AccountView> items = em.createNamedQuery("UserAccount.all", UserAccount.class)
                .setFirstResult(first).setMaxResults(size).getResultList().stream().map(AccountView::of).toList();
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
                .filter(a -> a.getRoles().contains(role)).map(StaffMember::of).toList();
    }

    /** The usernames of active accounts that hold a role (ADMIN holds every role). */
    @PermitAll
    public List<String> holdersOf(Role role) {
        return em.createNamedQuery("UserAccount.active", UserAccount.class).getResultList().stream()
                .filter(a -> a.holds(role)).map(UserAccount::getUsername).toList();
    }

    /** Opens the first administrator's account; does nothing when any account exists. */
    @PermitAll
    public boolean bootstrapAdmin(char[] password) {
        if (em.createNamedQuery("UserAccount.count", Long.class).getSingleResult() > 0) {
            return false;
        }
        String hash = passwords.checkAndHash("password", password);
        UserAccount admin = new UserAccount("admin", "系统管理员", hash, Set.of(Role.ADMIN), Instant.now(clock));
        admin.preferLocale(settings.text(DEFAULT_LOCALE, "zh_CN"));
        em.persist(admin);
        return true;
    }

    private UserAccount existing(String username) {
        return byUsername(username, false).orElseThrow(() -> new UnknownEntityException("UserAccount", username));
    }

    private Optional<UserAccount> byUsername(String username, boolean forUpdate) {
        var query = em.createNamedQuery("UserAccount.byUsername", UserAccount.class).setParameter("username", username);
        if (forUpdate) {
            query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
        }
        return query.getResultStream().findFirst();
    }

    static Identity identityOf(UserAccount a) {
        return new Identity(a.getUsername(), a.getDisplayName(), a.getRoles(), a.getLocale(), a.getCredentialVersion());
    }
}
