package org.aftersales.domain.billing;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Objects;

/**
 * B3, B5, B7: what repairs in warranty (payer WARRANTY) of one model cost in one month — the tickets
 * resolved in the month and the sums of their quotes' cost (materials, labour, travel with on-site
 * fees, tax). The customer paid nothing for them; the company bears it.
 */
public record WarrantyCost(
        YearMonth month,
        String model,
        long tickets,
        BigDecimal materials,
        BigDecimal labour,
        BigDecimal travel,
        BigDecimal tax,
        BigDecimal cost)
        implements java.io.Serializable {

    public WarrantyCost {
        Objects.requireNonNull(month);
        model = model == null ? "" : model;
        materials = Cents.orZero(materials);
        labour = Cents.orZero(labour);
        travel = Cents.orZero(travel);
        tax = Cents.orZero(tax);
        cost = Cents.orZero(cost);
    }
}
