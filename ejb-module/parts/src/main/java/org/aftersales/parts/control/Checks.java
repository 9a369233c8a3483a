package org.aftersales.parts.control;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.Plausible;
import org.aftersales.support.validation.ContractViolations;

/**
 * The parts context's own Bean Validation constraints on the boundaries' input records (issue 11.1):
 * quantities within {@link Plausible}'s bounds, the lines of a slip (a part named once), the
 * cross-field rules of a transfer and of stock limits ({@code support.validation.CrossChecked}) — and the checks that need the database (a
 * known service point, part, ticket), run in the same pass so that one 422 names every field, as
 * it always has (the interceptor refuses the call before the method could add its own). Each
 * reports the message key and arguments the screens and the API show.
 */
public final class Checks {

    private Checks() {}

    /**
     * A validator that looks things up: in the parts module's {@link Warehouse}. The container's
     * validator factory does not inject into validators, so the bean is looked up once per validator
     * instance (a test sets it).
     */
    public abstract static class Lookup {
        Warehouse warehouse;

        Warehouse warehouse() {
            if (warehouse == null) {
                warehouse = CDI.current().select(Warehouse.class).get();
            }
            return warehouse;
        }
    }

    /** A line that names a part. */
    public interface PartLine {
        String partNumber();
    }

    /**
     * P6, issue 10.7: a quantity of zero or more and at most {@link Plausible#MAX_QUANTITY}, null
     * allowed; {@code positive}: required and more than zero.
     */
    @Documented
    @Constraint(validatedBy = Quantity.Check.class)
    @Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
    @Retention(RUNTIME)
    public @interface Quantity {
        boolean positive() default false;

        String message() default "{validation.quantityTooLarge}";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        class Check implements ConstraintValidator<Quantity, Integer> {
            private boolean positive;

            @Override
            public void initialize(Quantity quantity) {
                positive = quantity.positive();
            }

            @Override
            public boolean isValid(Integer qty, ConstraintValidatorContext context) {
                Optional<FieldError> error =
                        positive ? Plausible.positiveQuantity("", qty) : Plausible.quantity("", qty);
                return error.isEmpty()
                        || ContractViolations.report(
                                context,
                                error.get().messageKey(),
                                null,
                                null,
                                error.get().args().toArray());
            }
        }
    }

    /**
     * P2–P6: a slip has 1 to {@code max} lines, none of them missing; with {@code distinct} a part
     * is named on one line only (each repetition is reported), with {@code known} every part named
     * is in the catalogue — asked in one query, and only of a list within its bounds. A blank part
     * number is left to the line's {@code @NotBlank}.
     */
    @Documented
    @Constraint(validatedBy = Lines.Check.class)
    @Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
    @Retention(RUNTIME)
    public @interface Lines {
        int max();

        boolean distinct() default false;

        boolean known() default false;

        String message() default "{validation.slipLines}";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        class Check extends Lookup implements ConstraintValidator<Lines, List<? extends PartLine>> {
            private Lines lines;

            @Override
            public void initialize(Lines annotation) {
                lines = annotation;
            }

            @Override
            public boolean isValid(List<? extends PartLine> list, ConstraintValidatorContext context) {
                if (list == null
                        || list.isEmpty()
                        || list.size() > lines.max()
                        || list.stream().anyMatch(Objects::isNull)) {
                    return ContractViolations.report(context, "validation.slipLines", null, null, lines.max());
                }
                Set<String> seen = new HashSet<>();
                List<Integer> toLookUp = new ArrayList<>();
                boolean valid = true;
                for (int i = 0; i < list.size(); i++) {
                    String number = list.get(i).partNumber();
                    if (number == null || number.isBlank()) {
                        continue;
                    }
                    if (!seen.add(number.strip()) && lines.distinct()) {
                        valid = ContractViolations.report(context, "validation.duplicatePart", "partNumber", i, number);
                    } else {
                        toLookUp.add(i);
                    }
                }
                if (lines.known() && !toLookUp.isEmpty()) {
                    Set<String> catalogue = warehouse().parts(seen).keySet();
                    for (int i : toLookUp) {
                        String number = list.get(i).partNumber();
                        if (!catalogue.contains(number.strip())) {
                            valid = ContractViolations.report(
                                    context, "validation.unknownPart", "partNumber", i, number);
                        }
                    }
                }
                return valid;
            }
        }
    }

    /** A service point of the list (any case); blank is left to {@code @NotBlank}. */
    @Documented
    @Constraint(validatedBy = KnownServicePoint.Check.class)
    @Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
    @Retention(RUNTIME)
    public @interface KnownServicePoint {
        String message() default "{validation.unknownServicePoint}";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        class Check extends Lookup implements ConstraintValidator<KnownServicePoint, String> {

            @Override
            public boolean isValid(String code, ConstraintValidatorContext context) {
                return code == null
                        || code.isBlank()
                        || warehouse().servicePoint(Warehouse.code(code)).isPresent()
                        || ContractViolations.report(context, "validation.unknownServicePoint", null, null, code);
            }
        }
    }

    /** P1: a part of the catalogue; blank is left to {@code @NotBlank}. */
    @Documented
    @Constraint(validatedBy = KnownPart.Check.class)
    @Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
    @Retention(RUNTIME)
    public @interface KnownPart {
        String message() default "{validation.unknownPart}";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        class Check extends Lookup implements ConstraintValidator<KnownPart, String> {

            @Override
            public boolean isValid(String partNumber, ConstraintValidatorContext context) {
                return partNumber == null
                        || partNumber.isBlank()
                        || warehouse().part(partNumber.strip()).isPresent()
                        || ContractViolations.report(context, "validation.unknownPart", null, null, partNumber);
            }
        }
    }

    /** A ticket that exists (asked through the tickets context's boundary); blank is allowed. */
    @Documented
    @Constraint(validatedBy = KnownTicket.Check.class)
    @Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
    @Retention(RUNTIME)
    public @interface KnownTicket {
        String message() default "{validation.unknownTicket}";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        class Check extends Lookup implements ConstraintValidator<KnownTicket, String> {

            @Override
            public boolean isValid(String number, ConstraintValidatorContext context) {
                return number == null
                        || number.isBlank()
                        || warehouse().ticket(number.strip())
                        || ContractViolations.report(context, "validation.unknownTicket", null, null, number.strip());
            }
        }
    }

    /** P1: the fitting models, joined by commas, fit their column. */
    @Documented
    @Constraint(validatedBy = JoinedAtMost.Check.class)
    @Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
    @Retention(RUNTIME)
    public @interface JoinedAtMost {
        int value();

        String message() default "{validation.tooLong}";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        class Check implements ConstraintValidator<JoinedAtMost, List<String>> {
            private int max;

            @Override
            public void initialize(JoinedAtMost joined) {
                max = joined.value();
            }

            @Override
            public boolean isValid(List<String> values, ConstraintValidatorContext context) {
                return values == null || String.join(",", values).length() <= max;
            }
        }
    }
}
