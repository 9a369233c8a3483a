package org.aftersales.domain.billing;

import java.math.BigDecimal;

/**
 * B7: one figure of the daily report — the amount of the day (金额) and of the month to date
 * (本月累计), both to the cent. The month to date contains the day, so it is never less than the
 * day's own amount when nothing is negative.
 */
public record DayAndMonth(BigDecimal day, BigDecimal monthToDate) implements java.io.Serializable {

    public static final DayAndMonth ZERO = new DayAndMonth(Cents.ZERO, Cents.ZERO);

    public DayAndMonth {
        day = Cents.orZero(day);
        monthToDate = Cents.orZero(monthToDate);
    }

    /**
     * From the month before the day and the day itself (two sums that do not overlap): the month to
     * date is their sum.
     */
    public static DayAndMonth of(BigDecimal beforeTheDay, BigDecimal theDay) {
        BigDecimal d = Cents.orZero(theDay);
        return new DayAndMonth(d, Cents.orZero(beforeTheDay).add(d));
    }

    public DayAndMonth plus(DayAndMonth other) {
        return new DayAndMonth(day.add(other.day), monthToDate.add(other.monthToDate));
    }
}
