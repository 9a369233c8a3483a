package org.aftersales.domain.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.aftersales.domain.accounts.Qualification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Q9: a qualification warns from {@code warning days} before it lapses, lapsed ones too, and once. */
class QualificationExpiryTest {

    @ParameterizedTest(name = "expires {0}, warned {1}, {2} days, today {3}: {4}")
    @CsvSource({
        "2026-12-31, false, 30, 2026-11-30, false",
        "2026-12-31, false, 30, 2026-12-01, true",
        "2026-12-31, false, 30, 2026-12-31, true",
        "2026-12-31, false, 30, 2027-01-15, true",
        "2026-12-31, true, 30, 2026-12-15, false",
        "2026-12-31, false, 0, 2026-12-30, false",
        "2026-12-31, false, 0, 2026-12-31, true",
        "2026-12-31, false, -5, 2026-12-31, true"
    })
    void warningDue(LocalDate expires, boolean warned, int days, LocalDate today, boolean due) {
        assertEquals(due, QualificationExpiry.warningDue(expires, warned, days, today));
    }

    @Test
    void noExpiryNeverWarnsAndAWarningIsGivenOnceUntilRenewed() {
        assertFalse(QualificationExpiry.warningDue(null, false, 30, LocalDate.of(2026, 12, 1)));
        StaffRecord staff = new StaffRecord(
                new StaffRecord.Details("张三", "zhang.san", "售后服务部", "大专", "技师", "空调维修", LocalDate.of(2020, 3, 1)));
        StaffQualification q = staff.addQualification(
                Qualification.ELECTRICIAN, "DG-001", LocalDate.of(2023, 1, 1), LocalDate.of(2026, 12, 31));
        LocalDate today = LocalDate.of(2026, 12, 10);
        assertTrue(q.warningDue(30, today));
        q.warned(Instant.parse("2026-12-10T01:00:00Z"));
        assertFalse(q.warningDue(30, today));
        assertFalse(q.warningDue(30, today.plusDays(30)));
        q.renew("DG-002", LocalDate.of(2026, 12, 20), LocalDate.of(2029, 12, 31));
        assertFalse(q.warningDue(30, today));
        assertTrue(q.warningDue(30, LocalDate.of(2029, 12, 1)));
        assertTrue(QualificationExpiry.lapsed(LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 1)));
    }
}
