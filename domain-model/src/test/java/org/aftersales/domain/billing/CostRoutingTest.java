package org.aftersales.domain.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** B5: who carries a ticket's actual cost, and how the cost adds up. */
class CostRoutingTest {

    @ParameterizedTest(name = "payer {0}, model {1} → {2}")
    @CsvSource(
            nullValues = "unknown",
            value = {
                "CUSTOMER, IN_HOUSE, CUSTOMER",
                "CUSTOMER, BOUGHT_IN, CUSTOMER",
                "CUSTOMER, unknown, CUSTOMER",
                "CONTRACT, BOUGHT_IN, CONTRACT",
                "CONTRACT, unknown, CONTRACT",
                "WARRANTY, IN_HOUSE, QUALITY_LOSS",
                "WARRANTY, BOUGHT_IN, SUPPLIER_CLAIM",
                "WARRANTY, unknown, UNCLASSIFIED"
            })
    void theCostCentreFollowsWhoPaysAndWhereTheModelComesFrom(Payer payer, ModelOrigin origin, CostCentre centre) {
        assertEquals(centre, CostRouting.route(payer, origin));
    }

    @ParameterizedTest(name = "{0} on the budget: {1}")
    @CsvSource({"CUSTOMER, false", "CONTRACT, false", "QUALITY_LOSS, true", "SUPPLIER_CLAIM, true", "UNCLASSIFIED, true"
    })
    void onlyCostsTheCompanyCarriesCountAgainstTheBudget(CostCentre centre, boolean onBudget) {
        assertEquals(onBudget, centre.onBudget());
    }

    @ParameterizedTest(name = "parts {0}, {1} h × {2}, expenses {3} → total {4}")
    @CsvSource({
        "850.00, 1.50, 60.00, '', 940.00",
        "850.00|12.345, 1.5, 60.00, '', 952.35",
        "'', 0.333, 60.00, '', 19.98",
        "100.00, , 60.00, TRAVEL_ALLOWANCE=860.00|FREIGHT=35.50|RENTAL=10.005, 1005.51",
        "'', , 60.00, '', 0.00"
    })
    void theActualCostAddsEachLineRoundedToTheCent(
            String parts, BigDecimal hours, BigDecimal rate, String expenses, BigDecimal total) {
        List<BigDecimal> amounts = parts.isEmpty()
                ? List.of()
                : java.util.Arrays.stream(parts.split("\\|"))
                        .map(BigDecimal::new)
                        .toList();
        Map<CostCategory, BigDecimal> spent = new java.util.EnumMap<>(CostCategory.class);
        if (!expenses.isEmpty()) {
            for (String e : expenses.split("\\|")) {
                String[] kv = e.split("=");
                spent.put(CostCategory.valueOf(kv[0]), new BigDecimal(kv[1]));
            }
        }
        TicketCost cost = TicketCost.of(amounts, hours, rate, spent, CostCentre.QUALITY_LOSS);
        assertEquals(total, cost.total());
        assertEquals(CostCategory.values().length, cost.lines().size(), "every category, 0.00 when nothing");
        assertEquals(
                cost.total(),
                cost.lines().stream().map(TicketCost.Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    @org.junit.jupiter.api.Test
    void partsAndLabourFromExpenseClaimsAreIgnored() {
        TicketCost cost = TicketCost.of(
                List.of(new BigDecimal("10.00")),
                BigDecimal.ONE,
                new BigDecimal("60.00"),
                Map.of(CostCategory.PARTS, new BigDecimal("99.00"), CostCategory.LABOUR, new BigDecimal("99.00")),
                CostCentre.CUSTOMER);
        assertEquals(new BigDecimal("10.00"), cost.amount(CostCategory.PARTS));
        assertEquals(new BigDecimal("60.00"), cost.amount(CostCategory.LABOUR));
        assertEquals(new BigDecimal("70.00"), cost.total());
    }
}
