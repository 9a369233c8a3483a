package org.aftersales.tickets.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.tickets.ServiceKind;
import org.aftersales.tickets.boundary.TicketViews.CategoryTotal;
import org.aftersales.tickets.boundary.TicketViews.WorkLine;

/**
 * T11: the sums of the daily reports — a technician's day per work category, the hours of a list of
 * totals, the order in which the reports show them (technician, then the categories in the order of
 * {@link ServiceKind}) and the date range a supervisor may ask for.
 */
public final class WorkTotals {

    /** The longest period the department totals cover: a year and a day (a leap year's report). */
    public static final long MAX_DAYS = 366;

    private static final Comparator<CategoryTotal> ORDER = Comparator.comparing(
                    (CategoryTotal t) -> t.technician() == null ? "" : t.technician())
            .thenComparing(CategoryTotal::category);

    private WorkTotals() {}

    /** A technician's day per category: the tickets worked on and the hours, categories in their usual order. */
    public static List<CategoryTotal> perCategory(String technician, List<WorkLine> lines) {
        Map<ServiceKind, Set<String>> tickets = new EnumMap<>(ServiceKind.class);
        Map<ServiceKind, BigDecimal> hours = new EnumMap<>(ServiceKind.class);
        for (WorkLine line : lines) {
            tickets.computeIfAbsent(line.category(), c -> new HashSet<>()).add(line.ticketNumber());
            hours.merge(line.category(), line.hours(), BigDecimal::add);
        }
        List<CategoryTotal> totals = new ArrayList<>();
        hours.forEach((category, sum) -> totals.add(
                new CategoryTotal(technician, category, tickets.get(category).size(), sum)));
        return totals;
    }

    /** The hours of all the totals. */
    public static BigDecimal hours(List<CategoryTotal> totals) {
        return totals.stream().map(CategoryTotal::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Totals as the reports list them: by technician, then by category. */
    public static List<CategoryTotal> sorted(List<CategoryTotal> totals) {
        return totals.stream().sorted(ORDER).toList();
    }

    /** What is wrong with a date range for the department totals: both ends, in order, at most {@link #MAX_DAYS}. */
    public static List<FieldError> rangeErrors(LocalDate from, LocalDate to) {
        List<FieldError> errors = new ArrayList<>();
        if (from == null) {
            errors.add(FieldError.of("from", "validation.required"));
        }
        if (to == null) {
            errors.add(FieldError.of("to", "validation.required"));
        }
        if (from != null && to != null) {
            if (to.isBefore(from)) {
                errors.add(FieldError.of("to", "validation.endBeforeStart"));
            } else if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
                errors.add(FieldError.of("to", "validation.rangeTooLong", MAX_DAYS));
            }
        }
        return errors;
    }
}
