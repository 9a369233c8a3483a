package org.aftersales.domain.tickets.maintenance;

/**
 * M1: the levels of preventive maintenance. Routine maintenance (例行保养) is the operator's own
 * care before start, while running and after stop; levels 1–3 go deeper; seasonal work comes with
 * the seasons (e.g. before the cooling season).
 */
public enum MaintenanceLevel {
    ROUTINE("例行保养"),
    LEVEL_1("一级保养"),
    LEVEL_2("二级保养"),
    LEVEL_3("三级保养"),
    SEASONAL("季节性保养");

    private final String chineseName;

    MaintenanceLevel(String chineseName) {
        this.chineseName = chineseName;
    }

    /** The name on the paper forms; it goes into the text of the maintenance ticket. */
    public String chineseName() {
        return chineseName;
    }
}
