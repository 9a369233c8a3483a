package org.aftersales.web.shared.rest;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.RuleViolationException;

/** Names from JSON → enum constants; an unknown name is a 422 on its field, not a 400. */
public final class EnumParser {

    private EnumParser() {}

    public static <E extends Enum<E>> Set<E> parse(Class<E> type, List<String> names, String field) {
        Set<E> result = EnumSet.noneOf(type);
        List<FieldError> errors = new ArrayList<>();
        if (names != null) {
            for (String name : names) {
                try {
                    result.add(Enum.valueOf(type, name.strip().toUpperCase(java.util.Locale.ROOT)));
                } catch (IllegalArgumentException | NullPointerException e) {
                    errors.add(FieldError.of(
                            field,
                            "validation.unknownValue",
                            name,
                            String.join(
                                    ", ",
                                    EnumSet.allOf(type).stream().map(Enum::name).toList())));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        return result;
    }

    /** One optional value; null or blank → {@code fallback}. */
    public static <E extends Enum<E>> E one(Class<E> type, String name, String field, E fallback) {
        if (name == null || name.isBlank()) {
            return fallback;
        }
        return parse(type, List.of(name), field).iterator().next();
    }
}
