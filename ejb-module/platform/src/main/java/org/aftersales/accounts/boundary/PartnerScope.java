package org.aftersales.accounts.boundary;

import jakarta.ejb.EJBContext;
import java.util.Optional;

/**
 * Issue 10.1 (object-level authorization): a caller that holds PARTNER and no staff role acts as a
 * partner's system and sees only what it submitted — its customers, their products, its tickets.
 * Anything else is answered as if it did not exist (404), so numbers and ids do not leak.
 * The rule itself is {@link Caller#partner()}.
 */
public final class PartnerScope {

    private PartnerScope() {}

    /** The partner account the caller acts as; empty for staff (ADMIN included). */
    public static Optional<String> of(EJBContext context) {
        return Caller.of(context).partner();
    }
}
