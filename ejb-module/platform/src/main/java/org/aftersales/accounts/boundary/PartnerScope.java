package org.aftersales.accounts.boundary;

import jakarta.ejb.EJBContext;
import java.util.Arrays;
import java.util.Optional;
import org.aftersales.domain.account.Role;

/**
 * Issue 10.1 (object-level authorization): a caller that holds PARTNER and no staff role acts as a
 * partner's system and sees only what it submitted — its customers, their products, its tickets.
 * Anything else is answered as if it did not exist (404), so numbers and ids do not leak.
 */
public final class PartnerScope {

    private PartnerScope() {
    }

    /** The partner account the caller acts as; empty for staff (ADMIN included). */
    public static Optional<String> of(EJBContext context) {
        if (!context.isCallerInRole(Role.PARTNER.name())) {
            return Optional.empty();
        }
        boolean staff = Arrays.stream(Role.values()).filter(r -> r != Role.PARTNER)
                .anyMatch(r -> context.isCallerInRole(r.name()));
        return staff ? Optional.empty() : Optional.of(context.getCallerPrincipal().getName());
    }
}
