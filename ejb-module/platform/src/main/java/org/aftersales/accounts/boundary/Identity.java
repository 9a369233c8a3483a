package org.aftersales.accounts.boundary;

import java.io.Serializable;
import java.util.Set;
import java.util.stream.Collectors;
import org.aftersales.domain.accounts.Role;
import org.aftersales.domain.accounts.UserAccount;

/**
 * Who a verified caller is: the name, the roles as the container's groups, the account's language;
 * {@code mustChangePassword} when the password is one an administrator set, which the owner must
 * replace before doing anything else (issue 10.5).
 */
public record Identity(
        String name,
        String displayName,
        Set<Role> roles,
        String locale,
        int credentialVersion,
        boolean mustChangePassword)
        implements Serializable {

    static Identity of(UserAccount a) {
        return new Identity(
                a.getUsername(),
                a.getDisplayName(),
                a.getRoles(),
                a.getLocale(),
                a.getCredentialVersion(),
                a.isMustChangePassword());
    }

    /** The role names the container maps to its security roles; ADMIN holds every permission. */
    public Set<String> groups() {
        if (roles.contains(Role.ADMIN)) {
            return java.util.Arrays.stream(Role.values()).map(Enum::name).collect(Collectors.toSet());
        }
        return roles.stream().map(Enum::name).collect(Collectors.toSet());
    }
}
