package org.aftersales.web.shared.security;

import java.io.Serializable;
import java.util.Set;
import org.aftersales.accounts.boundary.Identity;
import org.aftersales.support.tx.ChangeCheck;

/**
 * The signed-in staff member kept in the HTTP session; re-checked against the account when any account
 * has changed since it was last checked ({@link ChangeCheck}, issue 15.2), and now and then.
 */
public record SessionUser(Identity identity, Set<String> groups, ChangeCheck checked) implements Serializable {

    public static final String ATTRIBUTE = SessionUser.class.getName();

    public static SessionUser of(Identity identity) {
        return new SessionUser(identity, identity.groups(), ChangeCheck.pending()); // checked again at the next request
    }

    public String name() {
        return identity.name();
    }

    public SessionUser withLocale(String locale) {
        Identity changed = new Identity(
                identity.name(),
                identity.displayName(),
                identity.roles(),
                locale,
                identity.credentialVersion(),
                identity.mustChangePassword());
        return new SessionUser(changed, groups, checked);
    }
}
