package org.aftersales.web.shared.rest;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.Plausible;
import org.aftersales.domain.shared.RuleViolationException;

/**
 * Instants in the API (API.md conventions): written ISO-8601 with the offset of the configured
 * time zone ({@code 2026-11-26T09:30:00+08:00}); read with any offset; a wrong one, or one outside
 * 1980 … 2100, is a 422 on its field.
 */
public final class ApiTime {

    private ApiTime() {}

    public static String format(Instant instant, ZoneId zone) {
        return instant == null
                ? null
                : instant.atZone(zone).toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    public static Instant parse(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Instant instant;
        try {
            instant = OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw new RuleViolationException(FieldError.of(field, "validation.instant"));
        }
        // issue 10.7: 0001-01-01T… was a 500 further down; times lie within this product's world
        Plausible.instant(field, instant).ifPresent(error -> {
            throw new RuleViolationException(error);
        });
        return instant;
    }
}
