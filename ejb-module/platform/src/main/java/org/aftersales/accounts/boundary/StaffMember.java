package org.aftersales.accounts.boundary;

import java.io.Serializable;
import java.util.Set;
import org.aftersales.domain.accounts.Qualification;
import org.aftersales.domain.accounts.Role;
import org.aftersales.domain.accounts.UserAccount;

/** A colleague as other contexts see one (dispatch, notifications): no login data. */
public record StaffMember(
        String username,
        String displayName,
        Set<Role> roles,
        String region,
        Set<Qualification> qualifications,
        String email,
        String phone,
        String locale,
        boolean active)
        implements Serializable {

    static StaffMember of(UserAccount u) {
        return new StaffMember(
                u.getUsername(),
                u.getDisplayName(),
                u.getRoles(),
                u.getRegion(),
                u.getQualifications(),
                u.getEmail(),
                u.getPhone(),
                u.getLocale(),
                !u.isLocked());
    }

    /** M2: holds every qualification in {@code required}. */
    public boolean qualifiedFor(Set<Qualification> required) {
        return qualifications.containsAll(required);
    }
}
