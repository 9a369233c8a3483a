package org.aftersales.domain.shared;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A name or other one-line text: no line breaks, tabs, control characters or invisible direction
 * marks ({@link Plausible#forbiddenCharacter(String, boolean)}). Null is valid.
 */
@Documented
@Constraint(validatedBy = SingleLineValidator.class)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface SingleLine {

    String message() default "{validation.singleLine}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
