package org.aftersales.accounts.control;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import java.util.Arrays;
import org.aftersales.domain.account.PasswordHasher;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.RuleViolationException;
import org.aftersales.settings.boundary.Settings;

/** Checks a new password against the settings and hashes it. */
@Dependent
public class PasswordRules {

    public static final String MIN_LENGTH = "security.password.min-length";
    private static final PasswordHasher HASHER = new PasswordHasher(PasswordHasher.DEFAULT_ITERATIONS);

    @EJB
    private Settings settings;

    public String checkAndHash(String field, char[] password) {
        int min = settings.number(MIN_LENGTH, 10);
        if (password == null || password.length == 0) {
            throw new RuleViolationException(FieldError.of(field, "validation.required"));
        }
        if (password.length < min) {
            throw new RuleViolationException(FieldError.of(field, "validation.passwordTooShort", min));
        }
        if (new String(password).isBlank()) {
            throw new RuleViolationException(FieldError.of(field, "validation.required"));
        }
        try {
            return HASHER.hash(password);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    public boolean verify(char[] password, String hash) {
        return HASHER.verify(password, hash);
    }

    /** Spends the time a real check would, so an unknown username cannot be told by the answer's speed. */
    public void burn(char[] password) {
        HASHER.verify(password, DUMMY);
    }

    private static final String DUMMY = HASHER.hash("not-a-password".toCharArray());
}
