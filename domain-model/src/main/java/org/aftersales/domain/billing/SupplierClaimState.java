package org.aftersales.domain.billing;

import java.util.EnumSet;
import java.util.Set;

/**
 * B5: the life of a claim on a supplier (索赔单) — OPEN (raised from a free repair of a bought-in model)
 * → SENT to the supplier → ACCEPTED by it → PAID; or the supplier REFUSED it. PAID and REFUSED are final.
 */
public enum SupplierClaimState {
    OPEN,
    SENT,
    ACCEPTED,
    PAID,
    REFUSED;

    /** The states a claim in this state may move to. */
    public Set<SupplierClaimState> next() {
        return switch (this) {
            case OPEN -> EnumSet.of(SENT);
            case SENT -> EnumSet.of(ACCEPTED, REFUSED);
            case ACCEPTED -> EnumSet.of(PAID);
            case PAID, REFUSED -> EnumSet.noneOf(SupplierClaimState.class);
        };
    }

    public boolean mayMoveTo(SupplierClaimState target) {
        return next().contains(target);
    }

    public boolean isFinal() {
        return next().isEmpty();
    }
}
