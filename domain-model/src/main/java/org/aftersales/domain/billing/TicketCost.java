package org.aftersales.domain.billing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * B5: a ticket's actual cost — parts at their issue cost, labour at the internal cost rate × the
 * recorded hours, and the approved expenses by category (travel and allowances, rental and site
 * coordination, return freight) — each line rounded half-up to the cent, every category listed (0.00
 * when nothing), and the cost centre that carries it.
 */
public record TicketCost(List<Line> lines, BigDecimal total, CostCentre costCentre) {

    public TicketCost {
        lines = List.copyOf(lines);
        Objects.requireNonNull(total);
        Objects.requireNonNull(costCentre);
    }

    /** One category's amount. */
    public record Line(CostCategory category, BigDecimal amount) {}

    /**
     * @param partsAtIssueCost the amounts of the parts issued to the ticket (at issue cost)
     * @param hours the recorded work hours, null for none
     * @param internalRate the internal cost rate per hour
     * @param expenses approved expense amounts by category (only the expense categories count)
     */
    public static TicketCost of(
            List<BigDecimal> partsAtIssueCost,
            BigDecimal hours,
            BigDecimal internalRate,
            Map<CostCategory, BigDecimal> expenses,
            CostCentre centre) {
        Map<CostCategory, BigDecimal> amounts = new EnumMap<>(CostCategory.class);
        BigDecimal parts = Cents.ZERO;
        for (BigDecimal amount : partsAtIssueCost) {
            parts = parts.add(Cents.orZero(amount));
        }
        amounts.put(CostCategory.PARTS, parts);
        amounts.put(
                CostCategory.LABOUR,
                hours == null || internalRate == null ? Cents.ZERO : Cents.times(hours, internalRate));
        (expenses == null ? Collections.<CostCategory, BigDecimal>emptyMap() : expenses).forEach((c, a) -> {
            if (c.fromExpenseClaims()) {
                amounts.merge(c, Cents.orZero(a), BigDecimal::add);
            }
        });
        List<Line> lines = new ArrayList<>();
        BigDecimal total = Cents.ZERO;
        for (CostCategory c : CostCategory.values()) {
            BigDecimal amount = amounts.getOrDefault(c, Cents.ZERO);
            lines.add(new Line(c, amount));
            total = total.add(amount);
        }
        return new TicketCost(lines, total, centre);
    }

    public BigDecimal amount(CostCategory category) {
        return lines.stream()
                .filter(l -> l.category() == category)
                .map(Line::amount)
                .findFirst()
                .orElse(Cents.ZERO);
    }
}
