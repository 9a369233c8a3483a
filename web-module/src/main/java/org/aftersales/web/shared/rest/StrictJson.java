package org.aftersales.web.shared.rest;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.Plausible;

/**
 * The JSON binding of every request body (issue 10.7): a whole number is taken only when it is
 * exactly one — {@code 1.5} for a {@code Long} was customer 1, {@code 99999999999999999999999}
 * wrapped around — dates lie within {@link Plausible#EARLIEST} … {@link Plausible#LATEST}, and no
 * text carries NUL, other control characters (line breaks and tabs aside) or invisible direction
 * marks. A value refused here is {@link InvalidValue}; {@link ExceptionMappers} answers it 422 with
 * its field. One configuration for every DTO, so no field can forget it.
 */
@Provider
public class StrictJson implements ContextResolver<Jsonb> {

    @Override
    public Jsonb getContext(Class<?> type) {
        return Binding.JSONB;
    }

    /** Created on first use (thread-safe, once), so the rules below can be tested without a JSON-B provider. */
    private static final class Binding {
        static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig()
                .withDeserializers(
                        new WholeLong(), new WholeInteger(), new WholeShort(), new PlausibleDate(), new CleanText()));
    }

    /** A JSON value this binding refuses, with the bundle text that says why. */
    public static class InvalidValue extends JsonbException {
        private static final long serialVersionUID = 1L;
        private final String messageKey;
        private final List<String> args;

        InvalidValue(String messageKey, Object... args) {
            super(messageKey);
            this.messageKey = messageKey;
            this.args = java.util.Arrays.stream(args).map(String::valueOf).toList();
        }

        public String messageKey() {
            return messageKey;
        }

        public List<String> args() {
            return args;
        }
    }

    /**
     * The whole number a JSON value holds exactly, within {@code min} … {@code max}: a number
     * without a fraction ({@code 2.0} is 2, {@code 2.5} is refused) or a string of one.
     */
    static long whole(JsonValue value, long min, long max) {
        BigDecimal number;
        if (value instanceof JsonNumber n) {
            number = n.bigDecimalValue();
        } else if (value instanceof JsonString s) {
            try {
                number = new BigDecimal(s.getString().strip());
            } catch (NumberFormatException e) {
                throw new InvalidValue("validation.integer");
            }
        } else {
            throw new InvalidValue("validation.integer");
        }
        try {
            long exact = number.longValueExact();
            if (exact < min || exact > max) {
                throw new InvalidValue("validation.integerRange", min, max);
            }
            return exact;
        } catch (ArithmeticException e) {
            boolean fraction = number.stripTrailingZeros().scale() > 0;
            throw fraction
                    ? new InvalidValue("validation.integer")
                    : new InvalidValue("validation.integerRange", min, max);
        }
    }

    static final class WholeLong implements JsonbDeserializer<Long> {
        @Override
        public Long deserialize(JsonParser parser, DeserializationContext ctx, Type rtType) {
            JsonValue value = parser.getValue();
            return value == JsonValue.NULL ? null : whole(value, Long.MIN_VALUE, Long.MAX_VALUE);
        }
    }

    static final class WholeInteger implements JsonbDeserializer<Integer> {
        @Override
        public Integer deserialize(JsonParser parser, DeserializationContext ctx, Type rtType) {
            JsonValue value = parser.getValue();
            return value == JsonValue.NULL ? null : (int) whole(value, Integer.MIN_VALUE, Integer.MAX_VALUE);
        }
    }

    static final class WholeShort implements JsonbDeserializer<Short> {
        @Override
        public Short deserialize(JsonParser parser, DeserializationContext ctx, Type rtType) {
            JsonValue value = parser.getValue();
            return value == JsonValue.NULL ? null : (short) whole(value, Short.MIN_VALUE, Short.MAX_VALUE);
        }
    }

    /** {@code YYYY-MM-DD} within the dates of this product's world. */
    static LocalDate date(JsonValue value) {
        if (!(value instanceof JsonString s)) {
            throw new InvalidValue("validation.date");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(s.getString().strip());
        } catch (DateTimeParseException e) {
            throw new InvalidValue("validation.date");
        }
        Optional<FieldError> error = Plausible.date("", date);
        if (error.isPresent()) {
            throw new InvalidValue(error.get().messageKey(), error.get().args().toArray());
        }
        return date;
    }

    static final class PlausibleDate implements JsonbDeserializer<LocalDate> {
        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext ctx, Type rtType) {
            JsonValue value = parser.getValue();
            return value == JsonValue.NULL ? null : date(value);
        }
    }

    /** Text without control characters (line breaks and tabs aside) and without direction marks. */
    static String text(JsonValue value) {
        if (!(value instanceof JsonString s)) {
            // Yasson takes a number or boolean for a String field as its text; so do we
            return value.toString();
        }
        String text = s.getString();
        if (Plausible.forbiddenCharacter(text, true) >= 0) {
            throw new InvalidValue("validation.controlCharacter");
        }
        return text;
    }

    static final class CleanText implements JsonbDeserializer<String> {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext ctx, Type rtType) {
            JsonValue value = parser.getValue();
            return value == JsonValue.NULL ? null : text(value);
        }
    }

    /**
     * The field a binding failure is about, from Yasson's nesting of "Unable to deserialize
     * property 'x' because of: …" ({@code lines.qty}); empty when it does not say.
     */
    static String field(Throwable failure) {
        List<String> path = new ArrayList<>();
        String marker = "Unable to deserialize property '";
        for (Throwable t = failure; t != null && t != t.getCause(); t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && message.startsWith(marker)) {
                int end = message.indexOf('\'', marker.length());
                if (end > 0) {
                    path.add(message.substring(marker.length(), end));
                }
            }
        }
        return String.join(".", path);
    }

    /** The refused value among the causes of a binding failure, if that is what it was. */
    static Optional<InvalidValue> invalidValue(Throwable failure) {
        for (Throwable t = failure; t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof InvalidValue v) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }
}
