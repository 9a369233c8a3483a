package org.aftersales.support.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.List;
import org.aftersales.domain.shared.FieldError;

/**
 * A rule across the fields of one input record, written in the record as {@link
 * CrossFields#crossFieldErrors()} and reported on the field each error names, with its key and
 * arguments (issue 11.1: class-level constraints for cross-field rules).
 */
@Documented
@Constraint(validatedBy = CrossChecked.Check.class)
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface CrossChecked {
    String message() default "{validation.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<CrossChecked, CrossFields> {
        @Override
        public boolean isValid(CrossFields record, ConstraintValidatorContext context) {
            List<FieldError> errors = record == null ? List.of() : record.crossFieldErrors();
            for (FieldError error : errors) {
                ContractViolations.report(
                        context,
                        error.messageKey(),
                        error.field(),
                        null,
                        error.args().toArray());
            }
            return errors.isEmpty();
        }
    }
}
