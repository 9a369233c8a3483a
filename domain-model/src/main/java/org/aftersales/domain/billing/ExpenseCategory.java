package org.aftersales.domain.billing;

/**
 * B5, B6 (售后服务用度的界定): what an expense claim's line is for — staff travel and allowances, equipment
 * and tool rental, site coordination, return freight of faulty products, anything else.
 */
public enum ExpenseCategory {
    /** 派往现场人员的差旅费: tickets, lodging. */
    TRAVEL,
    /** 补贴: the field allowance. */
    ALLOWANCE,
    /** API.md: travel and allowance on one line, as partners send them. */
    TRAVEL_ALLOWANCE,
    /** 现场租用的设备、工具. */
    RENTAL,
    /** 现场协调费用. */
    SITE_COORDINATION,
    /** 产品质量问题返厂运输费用. */
    FREIGHT,
    OTHER;

    /**
     * B5: the line of a ticket's cost sheet ({@code GET /tickets/{n}/costs}) this category is booked on:
     * travel and allowances together, rental with site coordination, return freight; OTHER is on none
     * (it counts on the department's expense register and quota only).
     */
    public java.util.Optional<CostCategory> costLine() {
        return java.util.Optional.ofNullable(
                switch (this) {
                    case TRAVEL, ALLOWANCE, TRAVEL_ALLOWANCE -> CostCategory.TRAVEL_ALLOWANCE;
                    case RENTAL, SITE_COORDINATION -> CostCategory.RENTAL;
                    case FREIGHT -> CostCategory.FREIGHT;
                    case OTHER -> null;
                });
    }
}
