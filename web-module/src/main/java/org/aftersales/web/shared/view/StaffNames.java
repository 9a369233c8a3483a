package org.aftersales.web.shared.view;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import org.aftersales.accounts.boundary.StaffMember;
import org.aftersales.accounts.boundary.UserService;

/**
 * Issue 10.17: people by their names on the screens (技术人员 李四, not tech1). The login name shows
 * only when no account has it (a partner's key, an account since removed). Looked up once per request.
 */
@Named
@RequestScoped
public class StaffNames {

    @EJB
    private UserService users;

    private final Map<String, String> names = new HashMap<>();

    public String of(String username) {
        if (username == null || username.isBlank()) {
            return "";
        }
        return names.computeIfAbsent(
                username,
                u -> users.staffMember(u)
                        .map(StaffMember::displayName)
                        .filter(n -> !n.isBlank())
                        .orElse(u));
    }
}
