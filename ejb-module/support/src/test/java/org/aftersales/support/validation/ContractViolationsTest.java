package org.aftersales.support.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Method;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.aftersales.domain.shared.FieldError;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Issue 11.1: a boundary's input record is checked by its constraints, reported as before. */
class ContractViolationsTest {

    record Line(@NotBlank String partNumber, @Positive int qty) {}

    record Receipt(
            @NotBlank @Pattern(regexp = "[A-Z0-9]{2,20}", message = "{validation.servicePoint}")
            String servicePoint,

            @Size(max = 5) String note,
            @NotEmpty List<@Valid Line> lines) {}

    /** A constraint whose message takes arguments: each repeated part number, on its line. */
    @Constraint(validatedBy = DistinctParts.Check.class)
    @Target({ElementType.FIELD, ElementType.TYPE_USE})
    @Retention(RetentionPolicy.RUNTIME)
    @interface DistinctParts {
        String message() default "{validation.duplicatePart}";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        class Check implements ConstraintValidator<DistinctParts, List<Line>> {
            @Override
            public boolean isValid(List<Line> lines, ConstraintValidatorContext context) {
                Set<String> seen = new HashSet<>();
                boolean valid = true;
                for (int i = 0; lines != null && i < lines.size(); i++) {
                    if (!seen.add(lines.get(i).partNumber())) {
                        valid = ContractViolations.report(
                                context,
                                "validation.duplicatePart",
                                "partNumber",
                                i,
                                lines.get(i).partNumber(),
                                i);
                    }
                }
                if (lines != null && lines.size() > 3) {
                    valid = ContractViolations.report(context, "validation.slipLines", null, null, 3);
                }
                return valid;
            }
        }
    }

    record Order(@DistinctParts List<@Valid Line> lines) {}

    static class Boundary {
        public void receive(@Valid Receipt request) {}

        public void order(@Valid Order request) {}

        public void count(List<@Valid Line> counts) {}

        public void find(@NotBlank String number) {}
    }

    private static ValidatorFactory factory;

    @BeforeAll
    static void open() {
        factory = Validation.buildDefaultValidatorFactory();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    private static List<FieldError> errors(String method, Class<?> type, Object argument) throws NoSuchMethodException {
        Method m = Boundary.class.getMethod(method, type);
        return ContractViolations.fieldErrors(
                factory.getValidator().forExecutables().validateParameters(new Boundary(), m, new Object[] {argument}));
    }

    @Test
    void pathsAndKeysAreThoseTheScreensShow() throws NoSuchMethodException {
        Receipt bad = new Receipt("sp 1", "far too long", List.of(new Line("P-1", 2), new Line(" ", 0)));
        assertEquals(
                List.of(
                        FieldError.of("lines[1].partNumber", "validation.required"),
                        FieldError.of("lines[1].qty", "validation.positive"),
                        FieldError.of("note", "validation.tooLong"),
                        FieldError.of("servicePoint", "validation.servicePoint")),
                errors("receive", Receipt.class, bad));
    }

    @Test
    void anEmptyListIsAMissingField() throws NoSuchMethodException {
        assertEquals(
                List.of(FieldError.of("lines", "validation.required")),
                errors("receive", Receipt.class, new Receipt("SP1", null, List.of())));
    }

    @Test
    void aConstraintOnAPlainParameterKeepsItsName() throws NoSuchMethodException {
        assertEquals(List.of(FieldError.of("number", "validation.required")), errors("find", String.class, " "));
    }

    @Test
    void aValidatorReportsItsKeyWithArgumentsOnTheLineConcerned() throws NoSuchMethodException {
        Order order =
                new Order(List.of(new Line("P-1", 1), new Line("P-1", 1), new Line("P-2", 1), new Line("P-2", 0)));
        assertEquals(
                List.of(
                        FieldError.of("lines", "validation.slipLines", 3),
                        FieldError.of("lines[1].partNumber", "validation.duplicatePart", "P-1", 1),
                        FieldError.of("lines[3].partNumber", "validation.duplicatePart", "P-2", 3),
                        FieldError.of("lines[3].qty", "validation.positive")),
                errors("order", Order.class, order));
    }

    @Test
    void anElementOfAListParameterKeepsTheParametersName() throws NoSuchMethodException {
        assertEquals(
                List.of(FieldError.of("counts[1].qty", "validation.positive")),
                errors("count", List.class, List.of(new Line("P-1", 1), new Line("P-2", 0))));
    }

    @Test
    void validInputHasNoErrors() throws NoSuchMethodException {
        assertEquals(
                List.of(), errors("receive", Receipt.class, new Receipt("SP1", "ok", List.of(new Line("P-1", 1)))));
    }
}
