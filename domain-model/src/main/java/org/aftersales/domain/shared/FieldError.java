package org.aftersales.domain.shared;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * A rule broken by one input field. {@code messageKey} names the text in the web tier's resource
 * bundles; {@code args} fill its placeholders.
 */
public record FieldError(String field, String messageKey, List<String> args) implements Serializable {

    public FieldError {
        Objects.requireNonNull(field, "The field is required.");
        Objects.requireNonNull(messageKey, "The message key is required.");
        args = args == null ? List.of() : List.copyOf(args);
    }

    public static FieldError of(String field, String messageKey, Object... args) {
        return new FieldError(
                field,
                messageKey,
                java.util.Arrays.stream(args).map(String::valueOf).toList());
    }
}
