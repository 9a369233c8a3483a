package org.aftersales.domain.accounts;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.aftersales.domain.shared.AuditedEntity;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.RuleViolationException;

/**
 * A staff or partner account.
 *
 * <p>Invariants: the username is fixed at creation and unique; an account has at least one role.
 * Two kinds of lock (issue 10.4): an administrator's lock ({@link #lock}) holds until an
 * administrator unlocks; too many failed logins in a row lock the account <em>temporarily</em>
 * ({@link #lockedUntil}), each further such lock longer ({@link LoginPolicy}). While either holds,
 * no password is checked. {@code credentialVersion} changes whenever the password changes or an
 * administrator locks the account, so that anything that remembers a successful login (the API's
 * credential cache, a session) knows it must check again; a temporary lock leaves signed-in
 * sessions alone (a stranger's wrong guesses must not throw the owner out).
 *
 * <p>A password an administrator sets (a new account, a reset) is temporary unless said otherwise:
 * the owner must choose their own before doing anything else ({@link #mustChangePassword}).
 */
@Entity
@Table(name = "app_user")
@NamedQuery(name = "UserAccount.byUsername", query = "SELECT u FROM UserAccount u WHERE u.username = :username")
@NamedQuery(name = "UserAccount.count", query = "SELECT COUNT(u) FROM UserAccount u")
@NamedQuery(name = "UserAccount.all", query = "SELECT u FROM UserAccount u ORDER BY u.username")
@NamedQuery(
        name = "UserAccount.active",
        query = "SELECT u FROM UserAccount u WHERE u.locked = FALSE ORDER BY u.username")
public class UserAccount extends AuditedEntity {

    /** Letters, digits, dot, dash and underscore; starts with a letter. */
    /** A username as the regular expression of {@link #USERNAME} (for the boundaries' constraints). */
    public static final String USERNAME_REGEX = "[a-z][a-z0-9._-]{1,63}";

    public static final Pattern USERNAME = Pattern.compile(USERNAME_REGEX);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "username", nullable = false, unique = true, updatable = false, length = 64)
    private String username;

    @Column(name = "display_name", nullable = false, length = 100)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Convert(converter = RolesConverter.class)
    @Column(name = "roles", nullable = false, length = 200)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(name = "region", length = 100)
    private String region;

    @Convert(converter = QualificationsConverter.class)
    @Column(name = "qualifications", nullable = false, length = 200)
    private Set<Qualification> qualifications = EnumSet.noneOf(Qualification.class);

    @Column(name = "email", length = 200)
    private String email;

    /** Issue 10.17: the colleague's phone, printed on the dispatch sheet (技术人员电话). */
    @Column(name = "phone", length = 40)
    private String phone;

    @Column(name = "locale", nullable = false, length = 10)
    private String locale = "zh_CN";

    @Column(name = "locked", nullable = false)
    private boolean locked;

    @Column(name = "locked_at")
    private Instant lockedAt;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    /** End of the current temporary lock after failed logins; null or past when none holds. */
    @Column(name = "locked_until")
    private Instant lockedUntil;

    /** Temporary locks in a row without a successful login between them: each lasts longer. */
    @Column(name = "lock_count", nullable = false)
    private int lockCount;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Column(name = "password_changed_at", nullable = false)
    private Instant passwordChangedAt;

    @Column(name = "credential_version", nullable = false)
    private int credentialVersion;

    protected UserAccount() {}

    public UserAccount(String username, String displayName, String passwordHash, Set<Role> roles, Instant now) {
        Objects.requireNonNull(username, "The username is required.");
        if (!USERNAME.matcher(username).matches()) {
            throw new RuleViolationException(FieldError.of("username", "validation.username"));
        }
        this.username = username;
        this.passwordHash = Objects.requireNonNull(passwordHash, "The password hash is required.");
        this.passwordChangedAt = Objects.requireNonNull(now, "The time is required.");
        rename(displayName);
        assignRoles(roles);
    }

    public void rename(String newDisplayName) {
        Objects.requireNonNull(newDisplayName, "The display name is required.");
        if (newDisplayName.isBlank()) {
            throw new RuleViolationException(FieldError.of("displayName", "validation.required"));
        }
        this.displayName = fitting("displayName", newDisplayName.strip(), DISPLAY_NAME_MAX);
    }

    /** The columns' lengths: longer input is refused with the field named, never cut or left to the database. */
    public static final int DISPLAY_NAME_MAX = 100;

    public static final int REGION_MAX = 100;
    public static final int EMAIL_MAX = 200;

    private static String fitting(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw new RuleViolationException(FieldError.of(field, "validation.tooLongMax", max));
        }
        return value;
    }

    public void assignRoles(Set<Role> newRoles) {
        if (newRoles == null || newRoles.isEmpty()) {
            throw new RuleViolationException(FieldError.of("roles", "validation.rolesRequired"));
        }
        this.roles = EnumSet.copyOf(newRoles);
    }

    public void assignRegion(String newRegion) {
        this.region =
                fitting("region", newRegion == null || newRegion.isBlank() ? null : newRegion.strip(), REGION_MAX);
    }

    public void certify(Set<Qualification> newQualifications) {
        this.qualifications = newQualifications == null || newQualifications.isEmpty()
                ? EnumSet.noneOf(Qualification.class)
                : EnumSet.copyOf(newQualifications);
    }

    public static final int PHONE_MAX = 40;

    public void changePhone(String newPhone) {
        this.phone = fitting("phone", newPhone == null || newPhone.isBlank() ? null : newPhone.strip(), PHONE_MAX);
    }

    public String getPhone() {
        return phone;
    }

    public void changeEmail(String newEmail) {
        this.email = fitting("email", newEmail == null || newEmail.isBlank() ? null : newEmail.strip(), EMAIL_MAX);
    }

    public void preferLocale(String newLocale) {
        this.locale = Objects.requireNonNull(newLocale, "The locale is required.");
    }

    /**
     * An administrator sets the password (a reset): {@code temporary} makes the owner choose their
     * own at the next login. Ends a temporary lock (the owner was probably locked out), not an
     * administrator's lock.
     */
    public void assignPassword(String newHash, boolean temporary, Instant now) {
        replacePassword(newHash, now);
        mustChangePassword = temporary;
        lockedUntil = null;
        lockCount = 0;
    }

    /** The owner chose a new password: no longer temporary. */
    public void changeOwnPassword(String newHash, Instant now) {
        replacePassword(newHash, now);
        mustChangePassword = false;
    }

    /** The password just given (at creation) is temporary: the owner must replace it at the first login. */
    public void requirePasswordChange() {
        mustChangePassword = true;
    }

    private void replacePassword(String newHash, Instant now) {
        this.passwordHash = Objects.requireNonNull(newHash, "The password hash is required.");
        this.passwordChangedAt = Objects.requireNonNull(now, "The time is required.");
        this.failedLogins = 0;
        this.credentialVersion++;
    }

    /** True when a password may be checked now: neither an administrator's nor a temporary lock holds. */
    public boolean acceptsLogin(Instant now) {
        return !locked && !isTemporarilyLocked(now);
    }

    public boolean isTemporarilyLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /**
     * Counts a failed login; when the failures in a row reach the policy's threshold the account is
     * locked temporarily, for longer each time (the count starts again after the lock). Returns the
     * end of the lock this failure started, if it started one.
     */
    public Optional<Instant> recordFailedLogin(LoginPolicy policy, Instant now) {
        if (!acceptsLogin(now)) {
            return Optional.empty(); // nothing was checked: a lock does not grow by guesses against it
        }
        failedLogins++;
        if (!policy.shouldLock(failedLogins)) {
            return Optional.empty();
        }
        lockCount++;
        lockedUntil = now.plus(policy.lockDuration(lockCount));
        failedLogins = 0;
        return Optional.of(lockedUntil);
    }

    /** A login whose password was checked: the failure count and the growing lock start again. */
    public void recordSuccessfulLogin(Instant now) {
        failedLogins = 0;
        lockCount = 0;
        lockedUntil = null;
        lastLoginAt = now;
    }

    /**
     * A login with a remembered (already checked) password: the wrong guesses before it no longer
     * count towards a lock. True when something changed (so the caller knows whether to write).
     */
    public boolean recordRememberedLogin() {
        if (failedLogins == 0) {
            return false;
        }
        failedLogins = 0;
        return true;
    }

    /** An administrator's lock: holds until an administrator unlocks; ends remembered logins and sessions. */
    public void lock(Instant now) {
        if (!locked) {
            locked = true;
            lockedAt = now;
            credentialVersion++;
        }
    }

    /** Ends both kinds of lock and starts the failure count again. */
    public void unlock() {
        locked = false;
        lockedAt = null;
        lockedUntil = null;
        lockCount = 0;
        failedLogins = 0;
    }

    public boolean holds(Role role) {
        return roles.contains(role) || roles.contains(Role.ADMIN);
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Set<Role> getRoles() {
        return EnumSet.copyOf(roles.isEmpty() ? EnumSet.noneOf(Role.class) : roles);
    }

    public String getRegion() {
        return region;
    }

    public Set<Qualification> getQualifications() {
        return qualifications.isEmpty() ? EnumSet.noneOf(Qualification.class) : EnumSet.copyOf(qualifications);
    }

    public String getEmail() {
        return email;
    }

    public String getLocale() {
        return locale;
    }

    public boolean isLocked() {
        return locked;
    }

    public Instant getLockedAt() {
        return lockedAt;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public int getLockCount() {
        return lockCount;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public int getFailedLogins() {
        return failedLogins;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    public Instant getPasswordChangedAt() {
        return passwordChangedAt;
    }

    public int getCredentialVersion() {
        return credentialVersion;
    }

    @Override
    protected Map<String, String> auditState() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("username", username);
        state.put("displayName", displayName);
        state.put("roles", new RolesConverter().convertToDatabaseColumn(roles));
        state.put("region", region);
        state.put("qualifications", new QualificationsConverter().convertToDatabaseColumn(qualifications));
        state.put("email", email);
        state.put("phone", phone);
        state.put("locale", locale);
        state.put("locked", String.valueOf(locked));
        state.put("lockedUntil", String.valueOf(lockedUntil));
        state.put("mustChangePassword", String.valueOf(mustChangePassword));
        state.put("passwordChangedAt", String.valueOf(passwordChangedAt));
        return state;
    }
}
