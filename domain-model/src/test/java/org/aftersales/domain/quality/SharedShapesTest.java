package org.aftersales.domain.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Table;
import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The review's shared shapes (issue 14): the complaint's and the corrective action's history lines
 * are one {@link HistoryLine}, the training plan line and the session share {@link TrainingRecord} —
 * on the tables and columns the migrations made (no migration), with the edit rules they had.
 */
class SharedShapesTest {

    static Stream<Arguments> tables() {
        return Stream.of(
                Arguments.of(
                        ComplaintEvent.class,
                        HistoryLine.class,
                        "complaint_event",
                        Set.of(
                                "id",
                                "complaint_id",
                                "event_type",
                                "note",
                                "recorded_by",
                                "recorded_at",
                                "category_from",
                                "category_to",
                                "severity_from",
                                "severity_to")),
                Arguments.of(
                        CapaEvent.class,
                        HistoryLine.class,
                        "capa_event",
                        Set.of("id", "capa_id", "event_type", "note", "recorded_by", "recorded_at")),
                Arguments.of(
                        TrainingPlan.class,
                        TrainingRecord.class,
                        "training_plan",
                        Set.of(
                                "id",
                                "plan_year",
                                "topic",
                                "planned_month",
                                "audience",
                                "trainer",
                                "content",
                                "version",
                                "created_at",
                                "created_by",
                                "updated_at",
                                "updated_by")),
                Arguments.of(
                        TrainingSession.class,
                        TrainingRecord.class,
                        "training_session",
                        Set.of(
                                "id",
                                "plan_id",
                                "topic",
                                "held_on",
                                "place",
                                "trainer",
                                "content",
                                "version",
                                "created_at",
                                "created_by",
                                "updated_at",
                                "updated_by")));
    }

    @ParameterizedTest
    @MethodSource("tables")
    void theSharedShapeKeepsTheTableAndItsColumns(Class<?> entity, Class<?> shape, String table, Set<String> columns) {
        assertTrue(shape.isAssignableFrom(entity), entity.getSimpleName() + " is a " + shape.getSimpleName());
        assertTrue(shape.isAnnotationPresent(MappedSuperclass.class));
        assertEquals(table, entity.getAnnotation(Table.class).name());
        assertEquals(new TreeSet<>(columns), mappedColumns(entity));
    }

    private static Set<String> mappedColumns(Class<?> type) {
        Set<String> names = new TreeSet<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (f.isAnnotationPresent(Column.class)) {
                    names.add(f.getAnnotation(Column.class).name());
                } else if (f.isAnnotationPresent(JoinColumn.class)) {
                    names.add(f.getAnnotation(JoinColumn.class).name());
                } else if (f.isAnnotationPresent(Id.class)) {
                    names.add(f.getName());
                }
            }
        }
        return names;
    }

    @Test
    void aHistoryLineKeepsItsNoteAsEachFlowDidAndAComplaintLineNeedsWhoAndWhen() {
        Instant at = Instant.parse("2026-12-06T01:00:00Z");
        HistoryLine capa = new CapaEvent(null, "CONFIRMED", "  同批次问题  ", "qa", at);
        assertEquals("同批次问题", capa.getNote());
        assertNull(new CapaEvent(null, "CONFIRMED", "   ", "qa", at).getNote());
        HistoryLine complaint = new ComplaintEvent(null, ComplaintEventType.ACCEPTED, " as typed ", "agent", at);
        assertEquals(" as typed ", complaint.getNote());
        assertEquals("agent", complaint.getBy());
        assertEquals(at, complaint.getAt());
        assertThrows(
                NullPointerException.class,
                () -> new ComplaintEvent(null, ComplaintEventType.ACCEPTED, null, null, at));
    }

    @Test
    void aPlanLineAndASessionAreEditedByTheSameRule() {
        TrainingPlan plan = new TrainingPlan(2027, "  变频空调维修 ", " 3月 ", " ", "王工 ", "  ");
        TrainingSession session = new TrainingSession(null, "  变频空调维修 ", LocalDate.of(2027, 3, 12), " ", "王工 ", "  ");
        for (TrainingRecord r : new TrainingRecord[] {plan, session}) {
            assertEquals("变频空调维修", r.getTopic());
            assertEquals("王工", r.getTrainer());
            assertNull(r.getContent());
        }
        assertEquals("3月", plan.getPlannedMonth());
        assertNull(plan.getAudience());
        assertNull(session.getPlace());
        plan.change(2027, "空调安装", "4月", "新员工", null, "规范");
        session.change(1L, "空调安装", LocalDate.of(2027, 4, 2), "培训室", null, "规范");
        for (TrainingRecord r : new TrainingRecord[] {plan, session}) {
            assertEquals("空调安装", r.getTopic());
            assertNull(r.getTrainer());
            assertEquals("规范", r.getContent());
        }
    }
}
