package org.aftersales.domain.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import org.aftersales.domain.shared.ConflictException;
import org.aftersales.domain.shared.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** B5: a supplier claim's flow OPEN → SENT → ACCEPTED → PAID / REFUSED; any other step is a conflict. */
class SupplierClaimTest {

    private static final Instant NOW = Instant.parse("2026-12-06T02:00:00Z");

    private static SupplierClaim claim() {
        return new SupplierClaim(
                "YX-SP-26-12-01",
                "YX-26-12-01",
                "YX",
                "某某电器厂",
                "KFR-35GW",
                "SN1",
                new BigDecimal("940.00"),
                "fin",
                NOW);
    }

    private static SupplierClaim walked(String path) {
        SupplierClaim c = claim();
        if (!path.isEmpty()) {
            for (String s : path.split(" ")) {
                c.moveTo(SupplierClaimState.valueOf(s), "说明", "fin", NOW);
            }
        }
        return c;
    }

    @ParameterizedTest(name = "{0} → {1} allowed: {2}")
    @CsvSource({
        "'', SENT, true",
        "'', ACCEPTED, false",
        "'', PAID, false",
        "'', REFUSED, false",
        "'', OPEN, false",
        "SENT, ACCEPTED, true",
        "SENT, REFUSED, true",
        "SENT, PAID, false",
        "SENT, SENT, false",
        "SENT ACCEPTED, PAID, true",
        "SENT ACCEPTED, REFUSED, false",
        "SENT ACCEPTED PAID, REFUSED, false",
        "SENT ACCEPTED PAID, OPEN, false",
        "SENT REFUSED, ACCEPTED, false",
        "SENT REFUSED, SENT, false"
    })
    void onlyTheFlowsStepsAreAllowed(String path, SupplierClaimState target, boolean allowed) {
        SupplierClaim c = walked(path);
        SupplierClaimState before = c.getState();
        int steps = c.getSteps().size();
        if (allowed) {
            c.moveTo(target, "说明", "fin", NOW);
            assertEquals(target, c.getState());
            assertEquals(steps + 1, c.getSteps().size());
        } else {
            ConflictException e = assertThrows(ConflictException.class, () -> c.moveTo(target, "说明", "fin", NOW));
            assertEquals("error.supplierClaimStep", e.messageKey());
            assertEquals(before, c.getState(), "nothing changes");
            assertEquals(steps, c.getSteps().size());
        }
    }

    @Test
    void aRefusalNeedsTheSuppliersReason() {
        SupplierClaim c = walked("SENT");
        assertThrows(RuleViolationException.class, () -> c.moveTo(SupplierClaimState.REFUSED, " ", "fin", NOW));
        assertEquals(SupplierClaimState.SENT, c.getState());
    }

    @Test
    void anOpenClaimFollowsTheBookedCostASentOneKeepsItsAmount() {
        SupplierClaim c = claim();
        c.follow(new BigDecimal("1000.005"));
        assertEquals(new BigDecimal("1000.01"), c.getAmount());
        c.moveTo(SupplierClaimState.SENT, null, "fin", NOW);
        c.follow(new BigDecimal("2000.00"));
        assertEquals(new BigDecimal("1000.01"), c.getAmount());
    }

    @Test
    void aClaimNeedsASupplier() {
        assertThrows(
                RuleViolationException.class,
                () -> new SupplierClaim("N", "T", "YX", " ", null, null, BigDecimal.ONE, "fin", NOW));
    }
}
