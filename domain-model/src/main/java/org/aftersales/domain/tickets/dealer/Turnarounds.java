package org.aftersales.domain.tickets.dealer;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * T7 item 8 (接受售后完成周期): the turnarounds a dealer may accept, in days, as the setting
 * {@code dealer-returns.turnaround-days} lists them ({@value #DEFAULT}); the due date is the day
 * the unit was received plus the accepted days.
 */
public record Turnarounds(SortedSet<Integer> days) {

    /** The paper form's choices: 3, 5 or 7 days. */
    public static final String DEFAULT = "3,5,7";

    public Turnarounds {
        Objects.requireNonNull(days, "The days are required.");
        if (days.isEmpty()) {
            throw new IllegalArgumentException("At least one turnaround is allowed.");
        }
        days = Collections.unmodifiableSortedSet(new TreeSet<>(days));
    }

    /** The setting's value ("3,5,7"); entries that are not positive whole numbers are skipped, none left → the default. */
    public static Turnarounds parse(String setting) {
        SortedSet<Integer> days = new TreeSet<>();
        if (setting != null) {
            for (String part : setting.split("[,，;\\s]+")) {
                try {
                    int value = Integer.parseInt(part.strip());
                    if (value > 0) {
                        days.add(value);
                    }
                } catch (NumberFormatException e) {
                    // not a number: skipped
                }
            }
        }
        if (days.isEmpty()) {
            days.addAll(java.util.List.of(3, 5, 7)); // the paper form's choices, DEFAULT
        }
        return new Turnarounds(days);
    }

    public boolean allows(Integer days) {
        return days != null && this.days.contains(days);
    }

    /** T7: received on {@code received}, {@code days} accepted → due on that day plus the days. */
    public static LocalDate dueOn(LocalDate received, int days) {
        return received.plusDays(days);
    }

    /** "3, 5, 7" for messages. */
    public String display() {
        return String.join(", ", days.stream().map(String::valueOf).toList());
    }
}
