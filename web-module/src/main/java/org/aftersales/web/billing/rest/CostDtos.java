package org.aftersales.web.billing.rest;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.ZoneId;
import java.util.List;
import org.aftersales.billing.boundary.CostViews.BudgetInput;
import org.aftersales.billing.boundary.CostViews.BudgetView;
import org.aftersales.billing.boundary.CostViews.SupplierClaimView;
import org.aftersales.billing.boundary.CostViews.TicketCostView;
import org.aftersales.web.shared.rest.ApiTime;
import org.aftersales.web.shared.rest.MoneyText;

/** The JSON of the cost accounting (API.md, "Billing", B5): money as strings with two decimals. */
public final class CostDtos {

    private CostDtos() {}

    public record Line(String category, String amount) {}

    /** {@code GET /tickets/{number}/costs}. */
    @JsonbNillable
    public record Costs(
            String ticketNumber,
            List<Line> lines,
            String total,
            String costCentre,
            String model,
            String origin,
            String supplier,
            String bookedAt,
            String bookedTotal,
            String supplierClaim) {

        static Costs of(TicketCostView v, ZoneId zone) {
            return new Costs(
                    v.ticketNumber(),
                    v.lines().stream()
                            .map(l -> new Line(l.category().name(), MoneyText.format(l.amount())))
                            .toList(),
                    MoneyText.format(v.total()),
                    v.costCentre().name(),
                    v.model(),
                    v.origin() == null ? null : v.origin().name(),
                    v.supplier(),
                    ApiTime.format(v.bookedAt(), zone),
                    v.bookedTotal() == null ? null : MoneyText.format(v.bookedTotal()),
                    v.supplierClaim());
        }
    }

    @JsonbNillable
    public record Step(String state, String at, String by, String note) {}

    /** A supplier claim (索赔单): the list's fields, its steps and the states it may move to. */
    @JsonbNillable
    public record SupplierClaim(
            String number,
            String supplier,
            String ticketNumber,
            String department,
            String model,
            String serialNumber,
            String amount,
            String state,
            String openedAt,
            List<Step> steps,
            List<String> next) {

        static SupplierClaim of(SupplierClaimView v, ZoneId zone) {
            return new SupplierClaim(
                    v.number(),
                    v.supplier(),
                    v.ticketNumber(),
                    v.department(),
                    v.model(),
                    v.serialNumber(),
                    MoneyText.format(v.amount()),
                    v.state().name(),
                    ApiTime.format(v.openedAt(), zone),
                    v.steps().stream()
                            .map(s -> new Step(s.state().name(), ApiTime.format(s.at(), zone), s.by(), s.note()))
                            .toList(),
                    v.next().stream().map(Enum::name).sorted().toList());
        }
    }

    /** {@code POST /supplier-claims/{number}/steps}: {@code {"state": "SENT", "note": "..."}}. */
    public record StepBody(String state, String note) {}

    /** {@code PUT /budgets/{department}?year=}: an amount, or a percentage of the output value. */
    public record BudgetBody(String amount, String outputValue, String percentOfOutput, String manager) {

        BudgetInput input() {
            return new BudgetInput(
                    MoneyText.parse(amount, "amount"),
                    MoneyText.parse(outputValue, "outputValue"),
                    percent(percentOfOutput),
                    manager);
        }

        private static java.math.BigDecimal percent(String text) {
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                return new java.math.BigDecimal(text.strip());
            } catch (NumberFormatException e) {
                throw new org.aftersales.domain.shared.RuleViolationException(
                        org.aftersales.domain.shared.FieldError.of("percentOfOutput", "validation.percent"));
            }
        }
    }

    /** {@code GET /budgets/{department}?year=}: the budget, spent and remaining (B5). */
    @JsonbNillable
    public record Budget(
            String department,
            int year,
            String budget,
            String amount,
            String outputValue,
            String percentOfOutput,
            String manager,
            String spent,
            String remaining,
            Integer percentSpent,
            boolean warned,
            boolean exhausted,
            long version) {

        static Budget of(BudgetView v) {
            return new Budget(
                    v.department(),
                    v.year(),
                    MoneyText.format(v.budget()),
                    v.amount() == null ? null : MoneyText.format(v.amount()),
                    v.outputValue() == null ? null : MoneyText.format(v.outputValue()),
                    v.percentOfOutput() == null
                            ? null
                            : v.percentOfOutput().stripTrailingZeros().toPlainString(),
                    v.manager(),
                    MoneyText.format(v.spent()),
                    MoneyText.format(v.remaining()),
                    v.percentSpent(),
                    v.warned(),
                    v.exhausted(),
                    v.version());
        }
    }
}
