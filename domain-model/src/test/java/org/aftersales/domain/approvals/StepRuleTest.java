package org.aftersales.domain.approvals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.aftersales.domain.accounts.Role;
import org.aftersales.domain.shared.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The rules of a chain as an administrator enters it. */
class StepRuleTest {

    static Stream<Arguments> broken() {
        return Stream.of(
                Arguments.of(new StepRule("", List.of("a"), Set.of(), false, null, null), "steps[0].name"),
                Arguments.of(new StepRule("经理", List.of(), Set.of(), false, null, null), "steps[0].users"),
                Arguments.of(new StepRule("会签", List.of("a", "b"), Set.of(), true, 2, null), "steps[0].quorum"),
                Arguments.of(new StepRule("会签", List.of("a"), Set.of(), true, null, null), "steps[0].all"),
                Arguments.of(
                        new StepRule("会签", List.of("a", "b"), Set.of(Role.FINANCE), true, null, null), "steps[0].all"),
                Arguments.of(new StepRule("会签", List.of("a", "b"), Set.of(), false, 3, null), "steps[0].quorum"),
                Arguments.of(new StepRule("会签", List.of("a", "b"), Set.of(), false, 0, null), "steps[0].quorum"),
                Arguments.of(
                        new StepRule("总经理", List.of("g"), Set.of(), false, null, new BigDecimal("-1")),
                        "steps[0].minAmount"));
    }

    @ParameterizedTest
    @MethodSource("broken")
    void brokenStepsNameTheirField(StepRule step, String field) {
        RuleViolationException e = assertThrows(RuleViolationException.class, () -> StepRule.check(List.of(step)));
        assertEquals(field, e.errors().get(0).field());
    }

    @Test
    void aChainHasAtLeastOneStep() {
        assertThrows(RuleViolationException.class, () -> StepRule.check(List.of()));
    }

    @Test
    void repeatedAndBlankNamesAreDropped() {
        StepRule r = new StepRule("预算员", List.of(" a", "a", " ", "b"), Set.of(), true, null, null);
        assertEquals(List.of("a", "b"), r.users());
        assertEquals(2, r.required());
    }
}
