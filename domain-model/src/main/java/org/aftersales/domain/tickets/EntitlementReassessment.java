package org.aftersales.domain.tickets;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.aftersales.domain.customers.warranty.Entitlement;
import org.aftersales.domain.customers.warranty.Exclusion;

/**
 * W4, B3: who pays once the technician found exclusions on site. {@code base} is what the ticket said
 * before anything was found there (from warranty, contract and site, C5). The first matching row wins:
 * <pre>
 *  row  when                                                entitlement       reason key (args)
 *  1    an exclusion found on site that was not waived      PAID              entitlement.reason.exclusion (exclusions, sorted, ", ")
 *  2    every exclusion found was waived (WARRANTY_EXCEPTION) the base's       entitlement.reason.goodwill (waived, sorted, ", ")
 *  3    nothing found on site                                the base's        the base's reason
 * </pre>
 * A reason is stored as {@code key|arg|…}, as at intake.
 */
public final class EntitlementReassessment {

    private EntitlementReassessment() {}

    /** What an entitlement and its stored reason are. */
    public record Outcome(Entitlement entitlement, String reason) {
        public Outcome {
            Objects.requireNonNull(entitlement, "The entitlement is required.");
        }
    }

    /** One exclusion found on site and whether a goodwill exception waived it. */
    public record Found(Exclusion exclusion, boolean waived) {
        public Found {
            Objects.requireNonNull(exclusion, "The exclusion is required.");
        }
    }

    public static Outcome reassess(Outcome base, Collection<Found> found) {
        Objects.requireNonNull(base, "The entitlement before the visit is required.");
        TreeSet<String> standing = new TreeSet<>();
        TreeSet<String> waived = new TreeSet<>();
        for (Found f : found == null ? List.<Found>of() : found) {
            (f.waived() ? waived : standing).add(f.exclusion().name());
        }
        waived.removeAll(standing);
        if (!standing.isEmpty()) { // row 1, W4: found on site, the service is paid even in warranty or contract
            return new Outcome(Entitlement.PAID, "entitlement.reason.exclusion|" + String.join(", ", standing));
        }
        if (!waived.isEmpty()) { // row 2: a manager's goodwill exception restores what the ticket said before
            return new Outcome(base.entitlement(), "entitlement.reason.goodwill|" + String.join(", ", waived));
        }
        return base; // row 3
    }
}
