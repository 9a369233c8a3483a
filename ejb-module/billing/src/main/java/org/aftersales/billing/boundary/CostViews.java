package org.aftersales.billing.boundary;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.aftersales.domain.billing.Budget;
import org.aftersales.domain.billing.CostBooking;
import org.aftersales.domain.billing.CostCategory;
import org.aftersales.domain.billing.CostCentre;
import org.aftersales.domain.billing.ModelOrigin;
import org.aftersales.domain.billing.SupplierClaim;
import org.aftersales.domain.billing.SupplierClaimState;
import org.aftersales.domain.billing.TicketCost;

/** B5: what the cost accounting's boundaries take and give. */
public final class CostViews {

    private CostViews() {}

    public record CostLine(CostCategory category, BigDecimal amount) implements Serializable {}

    /**
     * B5: a ticket's actual cost as it stands now, its cost centre and the model's origin it was routed
     * by (null when unknown); when it was last booked and with what total; its supplier claim if any.
     */
    public record TicketCostView(
            String ticketNumber,
            List<CostLine> lines,
            BigDecimal total,
            CostCentre costCentre,
            String model,
            ModelOrigin origin,
            String supplier,
            Instant bookedAt,
            BigDecimal bookedTotal,
            String supplierClaim,
            SupplierClaimState supplierClaimState)
            implements Serializable {

        static TicketCostView of(
                String ticketNumber,
                TicketCost cost,
                java.util.Optional<ModelOrigins.Origin> origin,
                java.util.Optional<CostBooking> booking,
                java.util.Optional<SupplierClaim> claim) {
            return new TicketCostView(
                    ticketNumber,
                    cost.lines().stream()
                            .map(l -> new CostLine(l.category(), l.amount()))
                            .toList(),
                    cost.total(),
                    cost.costCentre(),
                    origin.map(ModelOrigins.Origin::model).orElse(null),
                    origin.map(ModelOrigins.Origin::origin).orElse(null),
                    origin.map(ModelOrigins.Origin::supplier).orElse(null),
                    booking.map(CostBooking::getBookedAt).orElse(null),
                    booking.map(CostBooking::getTotal).orElse(null),
                    claim.map(SupplierClaim::getNumber).orElse(null),
                    claim.map(SupplierClaim::getState).orElse(null));
        }
    }

    public record ClaimStepView(SupplierClaimState state, Instant at, String by, String note) implements Serializable {}

    /** B5 索赔单 as callers see it, with the steps it walked and the ones it may take next. */
    public record SupplierClaimView(
            String number,
            String supplier,
            String ticketNumber,
            String department,
            String model,
            String serialNumber,
            BigDecimal amount,
            SupplierClaimState state,
            Instant openedAt,
            List<ClaimStepView> steps,
            Set<SupplierClaimState> next,
            long version)
            implements Serializable {

        public static SupplierClaimView of(SupplierClaim c) {
            return new SupplierClaimView(
                    c.getNumber(),
                    c.getSupplier(),
                    c.getTicketNumber(),
                    c.getDepartment(),
                    c.getModel(),
                    c.getSerialNumber(),
                    c.getAmount(),
                    c.getState(),
                    c.getOpenedAt(),
                    c.getSteps().stream()
                            .map(s -> new ClaimStepView(s.getState(), s.getAt(), s.getBy(), s.getNote()))
                            .toList(),
                    c.getState().next(),
                    c.getVersion());
        }
    }

    /** B5: the next step of a claim; a refusal carries the supplier's reason. */
    public record ClaimStepInput(
            @NotNull SupplierClaimState state,
            @Size(max = 500) String note) implements Serializable {}

    /** B5: a budget as an amount, or as a percentage of the output value the department enters. */
    public record BudgetInput(
            @DecimalMin("0.00") @Digits(integer = 12, fraction = 2)
            BigDecimal amount,

            @DecimalMin("0.00") @Digits(integer = 14, fraction = 2)
            BigDecimal outputValue,

            @DecimalMin("0.00") @Digits(integer = 3, fraction = 4)
            BigDecimal percentOfOutput,

            @Size(max = 64) String manager)
            implements Serializable {}

    /** B5: a department's budget of a year, what its costs spent and what remains. */
    public record BudgetView(
            String department,
            int year,
            BigDecimal budget,
            BigDecimal amount,
            BigDecimal outputValue,
            BigDecimal percentOfOutput,
            String manager,
            BigDecimal spent,
            BigDecimal remaining,
            Integer percentSpent,
            boolean warned,
            boolean exhausted,
            long version)
            implements Serializable {

        public static BudgetView of(Budget b, BigDecimal spent) {
            return new BudgetView(
                    b.getDepartment(),
                    b.getYear(),
                    b.budget(),
                    b.getAmount(),
                    b.getOutputValue(),
                    b.getPercentOfOutput(),
                    b.getManager(),
                    spent,
                    b.remaining(spent),
                    b.percentSpent(spent),
                    b.isWarnedWarning(),
                    b.isWarnedExhausted(),
                    b.getVersion());
        }
    }
}
