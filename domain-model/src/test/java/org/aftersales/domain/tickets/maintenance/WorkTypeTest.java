package org.aftersales.domain.tickets.maintenance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.aftersales.domain.accounts.Qualification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** M2: which certificate each kind of maintenance work needs, and what a plan needs in all. */
class WorkTypeTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            nullValues = "-",
            value = {
                // operator's work: no certificate
                "CLEANING,        -",
                "INSPECTION,      -",
                "REPLENISHING,    -",
                // mechanic
                "FASTENING,       MECHANIC",
                "ADJUSTMENT,      MECHANIC",
                "LUBRICATION,     MECHANIC",
                // certified specialist, electrician, inspector
                "PRESSURE_VESSEL, PRESSURE_VESSEL",
                "ELECTRICAL,      ELECTRICIAN",
                "TESTING,         INSPECTOR",
            })
    void eachKindOfWorkNeedsItsQualification(WorkType type, Qualification expected) {
        assertEquals(expected, type.qualification().orElse(null));
    }

    @Test
    void everyKindOfWorkIsInTheTable() {
        assertEquals(9, WorkType.values().length, "a new work type needs a row in the table above (M2)");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            nullValues = "-",
            delimiter = '|',
            value = {
                "CLEANING                                    | -",
                "CLEANING,INSPECTION,REPLENISHING            | -",
                "CLEANING,LUBRICATION                        | MECHANIC",
                "FASTENING,ADJUSTMENT,LUBRICATION            | MECHANIC",
                "ELECTRICAL,TESTING                          | ELECTRICIAN,INSPECTOR",
                "PRESSURE_VESSEL,ELECTRICAL,FASTENING,CLEANING | ELECTRICIAN,PRESSURE_VESSEL,MECHANIC",
            })
    void aPlanNeedsTheUnionOfItsItemsQualifications(String types, String expected) {
        List<WorkType> work = Arrays.stream(types.split(","))
                .map(String::strip)
                .map(WorkType::valueOf)
                .toList();
        Set<Qualification> needed = expected == null
                ? EnumSet.noneOf(Qualification.class)
                : Arrays.stream(expected.split(","))
                        .map(Qualification::valueOf)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Qualification.class)));
        assertEquals(needed, MaintenancePlan.qualificationsOf(work));
    }
}
