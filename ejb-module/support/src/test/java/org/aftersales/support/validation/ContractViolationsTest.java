package org.aftersales.support.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.lang.reflect.Method;
import java.util.List;
import org.aftersales.domain.shared.FieldError;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Issue 11.1: a boundary's input record is checked by its constraints, reported as before. */
class ContractViolationsTest {

    record Line(@NotBlank String partNumber, @Positive int qty) {
    }

    record Receipt(@NotBlank @Pattern(regexp = "[A-Z0-9]{2,20}", message = "{validation.servicePoint}") String servicePoint,
            @Size(max = 5) String note, @NotEmpty List<@Valid Line> lines) {
    }

    static class Boundary {
        public void receive(@Valid Receipt request) {
        }

        public void find(@NotBlank String number) {
        }
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
        return ContractViolations.fieldErrors(factory.getValidator().forExecutables()
                .validateParameters(new Boundary(), m, new Object[] {argument}));
    }

    @Test
    void pathsAndKeysAreThoseTheScreensShow() throws NoSuchMethodException {
        Receipt bad = new Receipt("sp 1", "far too long", List.of(new Line("P-1", 2), new Line(" ", 0)));
        assertEquals(List.of(
                FieldError.of("lines[1].partNumber", "validation.required"),
                FieldError.of("lines[1].qty", "validation.positive"),
                FieldError.of("note", "validation.tooLong"),
                FieldError.of("servicePoint", "validation.servicePoint")), errors("receive", Receipt.class, bad));
    }

    @Test
    void anEmptyListIsAMissingField() throws NoSuchMethodException {
        assertEquals(List.of(FieldError.of("lines", "validation.required")),
                errors("receive", Receipt.class, new Receipt("SP1", null, List.of())));
    }

    @Test
    void aConstraintOnAPlainParameterKeepsItsName() throws NoSuchMethodException {
        assertEquals(List.of(FieldError.of("number", "validation.required")), errors("find", String.class, " "));
    }

    @Test
    void validInputHasNoErrors() throws NoSuchMethodException {
        assertEquals(List.of(), errors("receive", Receipt.class, new Receipt("SP1", "ok", List.of(new Line("P-1", 1)))));
    }
}
