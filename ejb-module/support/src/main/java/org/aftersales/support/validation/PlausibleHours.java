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
import java.util.Optional;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.Plausible;

/**
 * Issue 10.7: operating hours (a counter, an interval) of at most {@link Plausible#MAX_HOURS};
 * null and negatives are left to other constraints.
 */
@Documented
@Constraint(validatedBy = PlausibleHours.Check.class)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface PlausibleHours {
    String message() default "{validation.hoursTooLarge}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<PlausibleHours, Long> {
        @Override
        public boolean isValid(Long hours, ConstraintValidatorContext context) {
            Optional<FieldError> error = Plausible.hours("", hours);
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
