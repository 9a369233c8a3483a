package org.aftersales.accounts.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Arrays;
import org.aftersales.domain.accounts.PasswordHasher;
import org.aftersales.domain.accounts.PasswordPolicy;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.RuleViolationException;
import org.aftersales.settings.boundary.SettingReader;

/** Checks a new password against the policy and its settings (issue 10.5), and hashes it (PBKDF2). */
@Dependent
public class PasswordRules {

    public static final String MIN_LENGTH = "security.password.min-length";
    public static final String MIN_SCORE = "security.password.min-score";
    private static final PasswordHasher HASHER = new PasswordHasher(PasswordHasher.DEFAULT_ITERATIONS);

    @Inject
    private SettingReader settings;

    /**
     * The hash of a new password for the account {@code username}; a password the policy refuses is
     * a {@link RuleViolationException} on {@code field} saying why. The array is wiped.
     */
    public String checkAndHash(String field, char[] password, String username, String displayName) {
        try {
            check(field, password, username, displayName);
            return HASHER.hash(password);
        } finally {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
        }
    }

    /** Refuses a new password the policy does not accept, on {@code field}, saying why; does not wipe it. */
    public void check(String field, char[] password, String username, String displayName) {
        PasswordPolicy policy = new PasswordPolicy(settings.number(MIN_LENGTH, 10), settings.number(MIN_SCORE, 3));
        policy.weakness(password, username, displayName).ifPresent(weakness -> {
            throw new RuleViolationException(
                    switch (weakness) {
                        case MISSING -> FieldError.of(field, "validation.required");
                        case TOO_SHORT -> FieldError.of(field, "validation.passwordTooShort", policy.minLength());
                        case TOO_LONG -> FieldError.of(field, "validation.passwordTooLong", PasswordPolicy.MAX_LENGTH);
                        case LIKE_USERNAME -> FieldError.of(field, "validation.passwordLikeUsername");
                        case TOO_COMMON -> FieldError.of(field, "validation.passwordTooCommon");
                    });
        });
    }

    /** The PBKDF2 hash of a password already checked; does not wipe it. */
    public String hash(char[] password) {
        return HASHER.hash(password);
    }

    /** The first administrator's password, chosen by whoever installs: only the length is checked. */
    public String checkLengthAndHash(String field, char[] password) {
        try {
            int min = settings.number(MIN_LENGTH, 10);
            if (password == null || new String(password).isBlank()) {
                throw new RuleViolationException(FieldError.of(field, "validation.required"));
            }
            if (password.length < min) {
                throw new RuleViolationException(FieldError.of(field, "validation.passwordTooShort", min));
            }
            if (password.length > PasswordPolicy.MAX_LENGTH) {
                throw new RuleViolationException(
                        FieldError.of(field, "validation.passwordTooLong", PasswordPolicy.MAX_LENGTH));
            }
            return HASHER.hash(password);
        } finally {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
        }
    }

    public boolean verify(char[] password, String hash) {
        return HASHER.verify(password, hash);
    }

    /** Spends the time a real check would, so an unknown username cannot be told by the answer's speed. */
    public void burn(char[] password) {
        HASHER.verify(password, DUMMY);
    }

    /** Overwrites the secrets' characters (null ones are skipped). */
    public static void wipe(char[]... secrets) {
        for (char[] secret : secrets) {
            if (secret != null) {
                Arrays.fill(secret, '\0');
            }
        }
    }

    private static final String DUMMY = HASHER.hash("not-a-password".toCharArray());
}
