package org.aftersales.domain.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.aftersales.domain.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

class ListEntryTest {

    @Test
    void renamingChangesTheNameShownNotTheCodeRecordsKeep() {
        Region region = new Region(" 北京 ", null, 10);
        assertEquals("北京", region.getCode());
        assertEquals("北京", region.getName(), "the name defaults to the code");
        region.rename("北京市");
        region.deactivate();
        assertEquals("北京", region.getCode());
        assertEquals("北京市", region.getName());
        assertFalse(region.isActive());
    }

    @Test
    void aCodeIsRequiredOneLineAndNotTooLong() {
        assertEquals(
                "code",
                assertThrows(RuleViolationException.class, () -> new Region(" ", "x", 0))
                        .errors()
                        .get(0)
                        .field());
        assertThrows(RuleViolationException.class, () -> new Region("北\n京", "x", 0));
        assertThrows(RuleViolationException.class, () -> new ProductCategory("x".repeat(65), "x", 0));
        assertEquals(
                "name",
                assertThrows(RuleViolationException.class, () -> new Region("北京", "x".repeat(101), 0))
                        .errors()
                        .get(0)
                        .field());
    }
}
