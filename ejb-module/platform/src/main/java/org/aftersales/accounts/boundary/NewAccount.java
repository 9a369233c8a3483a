package org.aftersales.accounts.boundary;

import java.io.Serializable;
import java.util.Set;
import org.aftersales.domain.accounts.Qualification;
import org.aftersales.domain.accounts.Role;

/**
 * What an administrator enters to open an account. {@code temporaryPassword}: the owner must choose
 * their own password at the first login (issue 10.5).
 */
public record NewAccount(
        String username,
        String displayName,
        char[] password,
        Set<Role> roles,
        String region,
        Set<Qualification> qualifications,
        String email,
        String phone,
        boolean temporaryPassword)
        implements Serializable {}
