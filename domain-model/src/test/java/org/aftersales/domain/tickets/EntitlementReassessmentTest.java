package org.aftersales.domain.tickets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.aftersales.domain.customers.warranty.Entitlement;
import org.aftersales.domain.customers.warranty.Exclusion;
import org.aftersales.domain.tickets.EntitlementReassessment.Found;
import org.aftersales.domain.tickets.EntitlementReassessment.Outcome;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** W4, B3: every row of the re-assessment table of {@link EntitlementReassessment}. */
class EntitlementReassessmentTest {

    /** found: space separated, a trailing {@code +} marks a waived exclusion (goodwill granted). */
    private static List<Found> found(String text) {
        List<Found> out = new ArrayList<>();
        if (text != null) {
            for (String one : text.split(" ")) {
                boolean waived = one.endsWith("+");
                out.add(new Found(Exclusion.valueOf(waived ? one.substring(0, one.length() - 1) : one), waived));
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0} ({1}) + found [{2}] → {3} {4}")
    @CsvSource(
            delimiter = ';',
            nullValues = "-",
            value = {
                // base         ; base reason                               ; found                         ;
                // entitlement ; reason
                // row 3: nothing found on site: the ticket stays as it was
                "FREE           ; entitlement.reason.warranty|2027-01-31     ; -                             ; FREE        ; entitlement.reason.warranty|2027-01-31",
                "NEGOTIATED     ; entitlement.reason.remoteSite              ; -                             ; NEGOTIATED  ; entitlement.reason.remoteSite",
                // row 1: an exclusion found on site makes it paid, in warranty, contract or remote site
                "FREE           ; entitlement.reason.warranty|2027-01-31     ; MISUSE                        ; PAID        ; entitlement.reason.exclusion|MISUSE",
                "NEGOTIATED     ; entitlement.reason.contract|HT-1           ; UNAUTHORISED_REPAIR ABNORMAL_SUPPLY ; PAID  ; entitlement.reason.exclusion|ABNORMAL_SUPPLY, UNAUTHORISED_REPAIR",
                "PAID           ; entitlement.reason.expired                 ; SITE_CONDITIONS               ; PAID        ; entitlement.reason.exclusion|SITE_CONDITIONS",
                // row 1 before row 2: one exclusion waived, another stands
                "FREE           ; entitlement.reason.warranty|2027-01-31     ; MISUSE+ NEGLIGENCE            ; PAID        ; entitlement.reason.exclusion|NEGLIGENCE",
                // the same exclusion found twice, waived once only: it stands
                "FREE           ; entitlement.reason.warranty|2027-01-31     ; MISUSE+ MISUSE                ; PAID        ; entitlement.reason.exclusion|MISUSE",
                // row 2: every exclusion waived by a goodwill exception: what it was before, with the reason
                "FREE           ; entitlement.reason.warranty|2027-01-31     ; MISUSE+                       ; FREE        ; entitlement.reason.goodwill|MISUSE",
                "NEGOTIATED     ; entitlement.reason.contract|HT-1           ; CASING_WEAR+ FORCE_MAJEURE+   ; NEGOTIATED  ; entitlement.reason.goodwill|CASING_WEAR, FORCE_MAJEURE",
            })
    void reassesses(String base, String baseReason, String found, Entitlement entitlement, String reason) {
        Outcome out = EntitlementReassessment.reassess(
                new Outcome(Entitlement.valueOf(base.strip()), baseReason), found(found));
        assertEquals(entitlement, out.entitlement());
        assertEquals(reason, out.reason());
    }
}
