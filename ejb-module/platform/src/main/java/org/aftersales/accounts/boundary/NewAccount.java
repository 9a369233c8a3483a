package org.aftersales.accounts.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.io.Serializable;
import java.util.Set;
import org.aftersales.domain.accounts.Qualification;
import org.aftersales.domain.accounts.Role;
import org.aftersales.domain.accounts.UserAccount;

/**
 * What an administrator enters to open an account. {@code temporaryPassword}: the owner must choose
 * their own password at the first login (issue 10.5).
 */
public record NewAccount(
        @NotNull(message = "{validation.username}") @Pattern(regexp = USERNAME, message = "{validation.username}")
        String username,

        @NotBlank String displayName,
        char[] password,
        @NotEmpty(message = "{validation.rolesRequired}") Set<Role> roles,
        String region,
        Set<Qualification> qualifications,
        String email,
        String phone,
        boolean temporaryPassword)
        implements Serializable {

    /** A username as typed: surrounding spaces are stripped (issue 11.1: the contract of the account screen and API). */
    static final String USERNAME = "\\s*" + UserAccount.USERNAME_REGEX + "\\s*";
}
