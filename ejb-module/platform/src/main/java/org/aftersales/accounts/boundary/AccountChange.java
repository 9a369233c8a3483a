package org.aftersales.accounts.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.io.Serializable;
import java.util.Set;
import org.aftersales.domain.accounts.Qualification;
import org.aftersales.domain.accounts.Role;

/** An administrator's edit of an account, made against the version that was shown. */
public record AccountChange(
        String username,
        long version,
        @NotBlank String displayName,
        @NotEmpty(message = "{validation.rolesRequired}") Set<Role> roles,
        String region,
        Set<Qualification> qualifications,
        String email,
        String phone)
        implements Serializable {}
