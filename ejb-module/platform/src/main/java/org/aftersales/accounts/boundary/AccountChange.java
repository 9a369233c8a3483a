package org.aftersales.accounts.boundary;

import java.io.Serializable;
import java.util.Set;
import org.aftersales.domain.accounts.Qualification;
import org.aftersales.domain.accounts.Role;

/** An administrator's edit of an account, made against the version that was shown. */
public record AccountChange(
        String username,
        long version,
        String displayName,
        Set<Role> roles,
        String region,
        Set<Qualification> qualifications,
        String email,
        String phone)
        implements Serializable {}
