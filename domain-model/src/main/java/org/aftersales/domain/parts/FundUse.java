package org.aftersales.domain.parts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * P6 (SH/BD-06 资金使用情况): 资金定额 (the quota), 月末库存 (the stock value at the month's end) and
 * 下月初可用款 = quota − month-end stock — what the service point may spend at the start of next month;
 * negative when the stock ties up more than the quota. No quota set: none (null), nothing available.
 */
public record FundUse(BigDecimal quota, BigDecimal monthEndStock) implements java.io.Serializable {

    public FundUse {
        quota = quota == null ? null : quota.setScale(StockRules.MONEY_SCALE, RoundingMode.HALF_UP);
        monthEndStock = Objects.requireNonNullElse(monthEndStock, BigDecimal.ZERO)
                .setScale(StockRules.MONEY_SCALE, RoundingMode.HALF_UP);
    }

    /** 下月初可用款: quota − month-end stock; null without a quota. */
    public BigDecimal availableNextMonth() {
        return quota == null ? null : quota.subtract(monthEndStock);
    }
}
