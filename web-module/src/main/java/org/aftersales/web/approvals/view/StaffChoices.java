package org.aftersales.web.approvals.view;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.aftersales.accounts.boundary.StaffMember;
import org.aftersales.accounts.boundary.UserService;
import org.aftersales.domain.accounts.Role;

/**
 * Issue 12.4, 12.5: the colleagues an autocomplete offers (deciders of a step, the delegate). The
 * choice is a login, shown by name ({@code itemLabel="#{staffNames.of(u)}"}); one types either.
 */
@Named
@RequestScoped
public class StaffChoices {

    private static final int CHOICES = 15;

    @EJB
    private UserService users;

    private Map<String, StaffMember> staff;

    /** Active colleagues (no partner accounts) whose name or login contains what was typed. */
    public List<String> complete(String query) {
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        return staff().values().stream()
                .filter(s -> s.displayName().toLowerCase(Locale.ROOT).contains(q)
                        || s.username().toLowerCase(Locale.ROOT).contains(q))
                .limit(CHOICES)
                .map(StaffMember::username)
                .toList();
    }

    private Map<String, StaffMember> staff() {
        if (staff == null) {
            staff = new LinkedHashMap<>();
            for (Role role : Role.values()) {
                if (role != Role.PARTNER) {
                    users.staffWith(role).forEach(s -> staff.putIfAbsent(s.username(), s));
                }
            }
        }
        return staff;
    }

    /** The staff roles a step may name (a partner never decides). */
    public List<Role> getRoles() {
        return java.util.Arrays.stream(Role.values())
                .filter(r -> r != Role.PARTNER)
                .toList();
    }
}
