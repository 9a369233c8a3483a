package org.aftersales.web.shared.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.Plausible;
import org.aftersales.domain.shared.RuleViolationException;

/**
 * Dates in query strings and in text fields ({@code YYYY-MM-DD}): a wrong one, or one outside
 * {@link Plausible#EARLIEST} … {@link Plausible#LATEST} (issue 10.7), is a 422 on its parameter.
 */
public final class QueryDates {

    private QueryDates() {}

    /** The date, or null when the parameter is absent. */
    public static LocalDate optional(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new RuleViolationException(FieldError.of(field, "validation.date"));
        }
        Plausible.date(field, date).ifPresent(error -> {
            throw new RuleViolationException(error);
        });
        return date;
    }

    /** The date, or {@code today} (the department's, from {@code BusinessCalendar}) when the parameter is absent. */
    public static LocalDate orToday(String text, String field, LocalDate today) {
        LocalDate date = optional(text, field);
        return date == null ? today : date;
    }
}
