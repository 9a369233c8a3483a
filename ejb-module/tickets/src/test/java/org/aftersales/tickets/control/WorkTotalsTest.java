package org.aftersales.tickets.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.tickets.ServiceKind;
import org.aftersales.tickets.boundary.TicketViews.CategoryTotal;
import org.aftersales.tickets.boundary.TicketViews.WorkLine;
import org.junit.jupiter.api.Test;

/** T11: the sums of the daily reports. */
class WorkTotalsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 26);

    private static WorkLine line(String ticket, ServiceKind kind, String hours) {
        return new WorkLine("zhang", DAY, ticket, kind, new BigDecimal(hours));
    }

    @Test
    void aDayIsSummedPerCategoryInTheOrderOfTheServiceKinds() {
        List<CategoryTotal> totals = WorkTotals.perCategory(
                "zhang",
                List.of(
                        line("YX202611003", ServiceKind.MAINTENANCE, "1.5"),
                        line("YX202611001", ServiceKind.ONSITE_REPAIR, "2.25"),
                        line("YX202611002", ServiceKind.ONSITE_REPAIR, "3")));
        assertEquals(
                List.of(
                        new CategoryTotal("zhang", ServiceKind.ONSITE_REPAIR, 2, new BigDecimal("5.25")),
                        new CategoryTotal("zhang", ServiceKind.MAINTENANCE, 1, new BigDecimal("1.5"))),
                totals);
        assertEquals(new BigDecimal("6.75"), WorkTotals.hours(totals));
    }

    @Test
    void anEmptyDayHasNoTotalsAndNoHours() {
        assertTrue(WorkTotals.perCategory("zhang", List.of()).isEmpty());
        assertEquals(BigDecimal.ZERO, WorkTotals.hours(List.of()));
    }

    @Test
    void totalsAreListedByTechnicianThenCategoryWithTheDepartmentFirst() {
        CategoryTotal liInstall = new CategoryTotal("li", ServiceKind.INSTALLATION, 1, BigDecimal.ONE);
        CategoryTotal liRepair = new CategoryTotal("li", ServiceKind.ONSITE_REPAIR, 1, BigDecimal.ONE);
        CategoryTotal department = new CategoryTotal(null, ServiceKind.TRAINING, 1, BigDecimal.ONE);
        CategoryTotal wang = new CategoryTotal("wang", ServiceKind.ONSITE_REPAIR, 1, BigDecimal.ONE);
        assertEquals(
                List.of(department, liRepair, liInstall, wang),
                WorkTotals.sorted(List.of(wang, liInstall, department, liRepair)));
    }

    @Test
    void aRangeNeedsBothEndsInOrder() {
        assertEquals(
                List.of(FieldError.of("from", "validation.required"), FieldError.of("to", "validation.required")),
                WorkTotals.rangeErrors(null, null));
        assertEquals(
                List.of(FieldError.of("to", "validation.endBeforeStart")),
                WorkTotals.rangeErrors(DAY, DAY.minusDays(1)));
        assertTrue(WorkTotals.rangeErrors(DAY, DAY).isEmpty());
    }

    @Test
    void aRangeCoversAtMostAYearAndADay() {
        assertTrue(WorkTotals.rangeErrors(LocalDate.of(2028, 1, 1), LocalDate.of(2028, 12, 31))
                .isEmpty());
        assertEquals(
                List.of(FieldError.of("to", "validation.rangeTooLong", 366L)),
                WorkTotals.rangeErrors(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 2)));
    }
}
