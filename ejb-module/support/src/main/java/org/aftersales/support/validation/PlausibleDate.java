package org.aftersales.support.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.util.Optional;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.Plausible;

/** Issue 10.7: a date within this product's world ({@link Plausible#date}); null is valid. */
@Documented
@Constraint(validatedBy = PlausibleDate.Check.class)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface PlausibleDate {
    String message() default "{validation.dateRange}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<PlausibleDate, LocalDate> {
        @Override
        public boolean isValid(LocalDate date, ConstraintValidatorContext context) {
            Optional<FieldError> error = Plausible.date("", date);
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
