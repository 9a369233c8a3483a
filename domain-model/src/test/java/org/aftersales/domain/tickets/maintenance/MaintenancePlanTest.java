package org.aftersales.domain.tickets.maintenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.aftersales.domain.accounts.Qualification;
import org.aftersales.domain.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

/** M1–M3: a plan's cycle — due, ticket created, done, due again. */
class MaintenancePlanTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 15);

    private static MaintenancePlan plan(MaintenanceInterval interval) {
        return new MaintenancePlan(
                "SN1",
                7,
                "KFR-35GW",
                MaintenanceLevel.LEVEL_1,
                interval,
                START,
                1000,
                List.of(new WorkItem(WorkType.CLEANING, "清洗过滤网"), new WorkItem(WorkType.ELECTRICAL, "检查接线")),
                null,
                null);
    }

    @Test
    void theFirstCycleCountsFromTheStart() {
        MaintenancePlan plan = plan(new MaintenanceInterval(3, 500L));
        assertEquals(LocalDate.of(2026, 4, 15), plan.getNextDueDate());
        assertEquals(1500L, plan.getNextDueHours());
        assertFalse(plan.dueOn(LocalDate.of(2026, 4, 14), List.of()).isDue());
        assertTrue(plan.dueOn(LocalDate.of(2026, 4, 15), List.of()).isDue());
    }

    @Test
    void aTicketHoldsTheCycleUntilTheWorkIsDone() {
        MaintenancePlan plan = plan(MaintenanceInterval.months(3));
        plan.ticketCreated(LocalDate.of(2026, 4, 15), "YX202604001");
        assertTrue(plan.isAwaitingMaintenance());
        assertThrows(IllegalStateException.class, () -> plan.ticketCreated(LocalDate.of(2026, 4, 15), "YX202604002"));

        plan.recordDone(LocalDate.of(2026, 4, 20), 1400L);
        assertFalse(plan.isAwaitingMaintenance());
        assertNull(plan.getPendingTicketNumber());
        assertEquals(LocalDate.of(2026, 7, 20), plan.getNextDueDate(), "M1: counted from the last time it was done");
        assertEquals(1400L, plan.baselineHours());
    }

    @Test
    void workIsNeverDoneBeforeThePlanStarted() {
        MaintenancePlan plan = plan(MaintenanceInterval.months(3));
        assertThrows(RuleViolationException.class, () -> plan.recordDone(START.minusDays(1), null));
        plan.recordDone(START.plusDays(10), null);
        assertEquals(1000L, plan.baselineHours(), "no reading at the last service: the start's hours");
        assertThrows(
                RuleViolationException.class,
                () -> plan.change(
                        MaintenanceLevel.LEVEL_2,
                        MaintenanceInterval.months(3),
                        START.plusDays(11),
                        0,
                        plan.getItems(),
                        null));
    }

    @Test
    void aPlanHasWorkItemsAndNeedsTheirQualifications() {
        assertThrows(
                RuleViolationException.class,
                () -> new MaintenancePlan(
                        "SN1",
                        7,
                        null,
                        MaintenanceLevel.ROUTINE,
                        MaintenanceInterval.months(1),
                        START,
                        0,
                        List.of(),
                        null,
                        null));
        assertEquals(
                EnumSet.of(Qualification.ELECTRICIAN),
                plan(MaintenanceInterval.months(3)).requiredQualifications());
    }

    @Test
    void aCarePlanMakesAPlanInOneStep() {
        CarePlanTemplate care = new CarePlanTemplate(
                "空调",
                "空调季度清洁",
                MaintenanceLevel.ROUTINE,
                3,
                EnumSet.of(WorkType.CLEANING, WorkType.INSPECTION),
                "每三个月清洗一次过滤网。");
        MaintenancePlan plan = care.planFor("SN9", 8, "KFR-26GW", START, 0);
        assertEquals(MaintenanceLevel.ROUTINE, plan.getLevel());
        assertEquals(3, plan.getIntervalMonths());
        assertNull(plan.getIntervalHours());
        assertEquals(
                List.of(WorkType.CLEANING, WorkType.INSPECTION),
                plan.getItems().stream().map(WorkItem::getType).toList());
        assertEquals("每三个月清洗一次过滤网。", plan.getNotes());
        assertTrue(plan.requiredQualifications().isEmpty(), "M2: cleaning and inspection are the operator's");
    }

    @Test
    void theTicketTextNamesTheLevelTheDueDateAndEveryItem() {
        String text = MaintenanceTicketText.describe(
                12,
                MaintenanceLevel.LEVEL_1,
                LocalDate.of(2026, 4, 15),
                DueReason.HOURS,
                List.of(new WorkItem(WorkType.CLEANING, "清洗过滤网"), new WorkItem(WorkType.ELECTRICAL, null)),
                "注意断电");
        assertTrue(text.startsWith("预防性保养：一级保养，到期日 2026-04-15（按运行小时到期），保养计划 #12。"), text);
        assertTrue(text.contains("1. 清洁（操作人员即可）：清洗过滤网"), text);
        assertTrue(text.contains("2. 电气作业（持证电工）"), text);
        assertTrue(text.endsWith("保养建议：注意断电"), text);
        String long_ = MaintenanceTicketText.describe(
                1,
                MaintenanceLevel.ROUTINE,
                START,
                DueReason.CALENDAR,
                List.of(new WorkItem(WorkType.CLEANING, null)),
                "很长".repeat(1500));
        assertEquals(MaintenanceTicketText.MAX, long_.length());
    }
}
