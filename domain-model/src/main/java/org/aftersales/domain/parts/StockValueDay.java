package org.aftersales.domain.parts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * P6, B7: the stock value of a service point (or all) over one day, from the ledger only: the value
 * at the start of the day (昨日库存), what each kind of movement moved in the day and in the month to
 * date, and the value at the end of the day (今日库存) = yesterday + receipts − issues of the day.
 */
public record StockValueDay(
        String servicePoint,
        BigDecimal yesterday,
        Map<MovementType, BigDecimal> movedToday,
        Map<MovementType, BigDecimal> movedMonthToDate)
        implements java.io.Serializable {

    public StockValueDay {
        yesterday = scaled(yesterday);
        movedToday = filled(movedToday);
        movedMonthToDate = filled(movedMonthToDate);
    }

    /** The value at the end of the day: yesterday's plus the day's movements, each by its sign. */
    public BigDecimal today() {
        BigDecimal value = yesterday;
        for (Map.Entry<MovementType, BigDecimal> e : movedToday.entrySet()) {
            value = e.getKey().sign() > 0 ? value.add(e.getValue()) : value.subtract(e.getValue());
        }
        return value;
    }

    public BigDecimal today(MovementType type) {
        return movedToday.get(type);
    }

    public BigDecimal monthToDate(MovementType type) {
        return movedMonthToDate.get(type);
    }

    /** The value of the stock at some moment from the ledger's sums per movement type before it. */
    public static BigDecimal valueOf(Map<MovementType, BigDecimal> movedBefore) {
        BigDecimal value = scaled(null);
        for (Map.Entry<MovementType, BigDecimal> e : filled(movedBefore).entrySet()) {
            value = e.getKey().sign() > 0 ? value.add(e.getValue()) : value.subtract(e.getValue());
        }
        return value;
    }

    private static Map<MovementType, BigDecimal> filled(Map<MovementType, BigDecimal> moved) {
        Map<MovementType, BigDecimal> all = new EnumMap<>(MovementType.class);
        for (MovementType type : MovementType.values()) {
            all.put(type, scaled(moved == null ? null : moved.get(type)));
        }
        return all;
    }

    private static BigDecimal scaled(BigDecimal value) {
        return Objects.requireNonNullElse(value, BigDecimal.ZERO)
                .setScale(StockRules.MONEY_SCALE, RoundingMode.HALF_UP);
    }
}
