package org.aftersales.domain.tickets.maintenance;

/**
 * M1: how often a plan is due — every {@code months} calendar months and/or every {@code hours}
 * operating hours, whichever comes first. At least one is given; each is positive.
 */
public record MaintenanceInterval(Integer months, Long hours) {

    public MaintenanceInterval {
        if (months == null && hours == null) {
            throw new IllegalArgumentException("An interval needs months or hours.");
        }
        if (months != null && months <= 0 || hours != null && hours <= 0) {
            throw new IllegalArgumentException("An interval is positive.");
        }
    }

    public static MaintenanceInterval months(int months) {
        return new MaintenanceInterval(months, null);
    }

    public static MaintenanceInterval hours(long hours) {
        return new MaintenanceInterval(null, hours);
    }
}
