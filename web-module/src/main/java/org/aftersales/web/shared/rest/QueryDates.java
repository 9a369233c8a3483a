package org.aftersales.web.shared.rest;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.RuleViolationException;

/** Dates in query strings ({@code YYYY-MM-DD}): a wrong one is a 422 on its parameter. */
public final class QueryDates {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private QueryDates() {
    }

    /** The date, or null when the parameter is absent. */
    public static LocalDate optional(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new RuleViolationException(FieldError.of(field, "validation.date"));
        }
    }

    /** The date, or today in China when the parameter is absent. */
    public static LocalDate orToday(String text, String field) {
        LocalDate date = optional(text, field);
        return date == null ? LocalDate.now(CHINA) : date;
    }
}
