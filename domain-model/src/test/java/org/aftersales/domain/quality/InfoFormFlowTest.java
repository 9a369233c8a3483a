package org.aftersales.domain.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.aftersales.domain.shared.ConflictException;
import org.aftersales.domain.shared.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** 售后信息处理单: 接收 → 填写 → 反馈到部门 → 部门解决并反馈 → 满意度调查 → 归档, every pair; what each step needs; overdue. */
class InfoFormFlowTest {

    private static final Instant AT = Instant.parse("2026-12-01T02:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    private static final List<InfoFormState> PATH = List.of(InfoFormState.values());

    static Stream<Arguments> everyPair() {
        return Stream.of(InfoFormState.values())
                .flatMap(from -> Stream.of(InfoFormState.values())
                        .map(to -> Arguments.of(from, to, to.ordinal() == from.ordinal() + 1)));
    }

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @MethodSource("everyPair")
    void onlyTheNextStepIsAllowedAndAnIllegalOneChangesNothing(InfoFormState from, InfoFormState to, boolean legal) {
        assertEquals(legal, InfoFormFlow.allowed(from, to));
        InfoForm form = formIn(from);
        if (legal) {
            form.step(complete(to), TODAY, "li.si", AT);
            assertEquals(to, form.getState());
        } else {
            assertThrows(ConflictException.class, () -> form.step(complete(to), TODAY, "li.si", AT));
            assertEquals(from, form.getState());
        }
    }

    @Test
    void eachStepNeedsItsData() {
        assertThrows(
                RuleViolationException.class,
                () -> formIn(InfoFormState.RECEIVED)
                        .step(
                                new InfoForm.Step(InfoFormState.FILLED, " ", null, null, null, null, null),
                                TODAY,
                                "a",
                                AT));
        InfoForm filled = formIn(InfoFormState.FILLED);
        RuleViolationException e = assertThrows(
                RuleViolationException.class,
                () -> filled.step(
                        new InfoForm.Step(InfoFormState.ROUTED, null, null, TODAY.minusDays(1), null, null, null),
                        TODAY,
                        "a",
                        AT));
        assertEquals(
                Set.of("department", "deadline"),
                Set.copyOf(e.errors().stream().map(f -> f.field()).toList()));
        assertNull(filled.getDepartmentCode());
        assertThrows(
                RuleViolationException.class,
                () -> formIn(InfoFormState.ROUTED)
                        .step(
                                new InfoForm.Step(InfoFormState.ANSWERED, null, null, null, "", null, null),
                                TODAY,
                                "a",
                                AT));
        assertThrows(
                RuleViolationException.class,
                () -> formIn(InfoFormState.ANSWERED)
                        .step(
                                new InfoForm.Step(InfoFormState.SURVEYED, null, null, null, null, null, null),
                                TODAY,
                                "a",
                                AT));
    }

    @ParameterizedTest(name = "{0} on {1}: overdue {2}")
    @CsvSource({
        "ROUTED, 2026-12-04, false",
        "ROUTED, 2026-12-05, true",
        "ANSWERED, 2026-12-09, false",
        "FILLED, 2026-12-09, false"
    })
    void onlyARoutedFormPastItsDeadlineIsOverdue(InfoFormState state, LocalDate today, boolean overdue) {
        assertEquals(overdue, InfoFormFlow.answerOverdue(state, LocalDate.of(2026, 12, 4), today));
    }

    static InfoForm.Step complete(InfoFormState to) {
        return new InfoForm.Step(to, "客户反映外机噪音", "MFG", TODAY.plusDays(3), "已更换减震垫", SatisfactionLevel.SATISFIED, "满意");
    }

    static InfoForm formIn(InfoFormState state) {
        InfoForm form = new InfoForm(InfoSource.TYPED, null, null, "SN1", "外机噪音大", "li.si", AT);
        for (InfoFormState s : PATH.subList(1, state.ordinal() + 1)) {
            form.step(complete(s), TODAY, "li.si", AT);
        }
        return form;
    }
}
