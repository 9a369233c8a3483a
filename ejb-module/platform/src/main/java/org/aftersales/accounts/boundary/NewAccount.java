package org.aftersales.accounts.boundary;

import java.io.Serializable;
import java.util.Set;
import org.aftersales.domain.account.Qualification;
import org.aftersales.domain.account.Role;

/** What an administrator enters to open an account. */
public record NewAccount(String username, String displayName, char[] password, Set<Role> roles, String region,
        Set<Qualification> qualifications, String email) implements Serializable {
}
