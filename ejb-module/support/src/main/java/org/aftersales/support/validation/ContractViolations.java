package org.aftersales.support.validation;

import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.ValidationException;
import java.lang.annotation.Annotation;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.aftersales.domain.shared.FieldError;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.hibernate.validator.engine.HibernateConstraintViolation;

/**
 * Turns the Bean Validation violations of a boundary's input record into the project's field errors:
 * the same field paths ({@code lines[0].qty}) and message keys the API and the screens have always
 * shown. A constraint names its key in its message ({@code @Pattern(regexp = …, message =
 * "{validation.department}")}); the standard constraints without one get the project's usual key.
 * A constraint's own validator that needs arguments in its message ({@code {0}} of "A slip has 1 to
 * {0} lines.") reports them with {@link #report}: they travel as the violation's dynamic payload
 * (Hibernate Validator, which Payara ships), never inside a message template.
 */
public final class ContractViolations {

    /** The project's key for each standard constraint that names none of its own. */
    private static final Map<String, String> KEYS = Map.ofEntries(
            Map.entry("NotNull", "validation.required"),
            Map.entry("NotBlank", "validation.required"),
            Map.entry("NotEmpty", "validation.required"),
            Map.entry("Size", "validation.tooLong"),
            Map.entry("Positive", "validation.positive"),
            Map.entry("PositiveOrZero", "validation.notNegative"),
            Map.entry("Email", "validation.email"),
            Map.entry("Past", "validation.notInFuture"),
            Map.entry("PastOrPresent", "validation.notInFuture"));

    private ContractViolations() {}

    public static List<FieldError> fieldErrors(Collection<? extends ConstraintViolation<?>> violations) {
        return violations.stream()
                .map(ContractViolations::fieldError)
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::messageKey))
                .toList();
    }

    static FieldError fieldError(ConstraintViolation<?> v) {
        return new FieldError(path(v.getPropertyPath()), key(v), args(v));
    }

    /** The arguments a validator gave with {@link #report}; none for every other violation. */
    static List<String> args(ConstraintViolation<?> v) {
        try {
            Object payload = v.unwrap(HibernateConstraintViolation.class).getDynamicPayload(Arguments.class);
            return payload instanceof Arguments a ? a.values() : List.of();
        } catch (ValidationException e) {
            return List.of();
        }
    }

    /** A message's arguments, as the dynamic payload of a violation. */
    record Arguments(List<String> values) {}

    /**
     * For a constraint's validator: reports the message key {@code key} (e.g. {@code
     * validation.slipLines}) with its arguments on {@code property} of the validated object (null:
     * on the object itself), at {@code index} when that object is a list (null: not in a list).
     * Returns false, what {@code isValid} answers then.
     */
    public static boolean report(
            ConstraintValidatorContext context, String key, String property, Integer index, Object... args) {
        context.disableDefaultConstraintViolation();
        HibernateConstraintValidatorContext hibernate = context.unwrap(HibernateConstraintValidatorContext.class);
        hibernate.withDynamicPayload(
                new Arguments(java.util.Arrays.stream(args).map(String::valueOf).toList()));
        var violation = hibernate.buildConstraintViolationWithTemplate("{" + key + "}");
        if (property == null) {
            violation.addConstraintViolation();
        } else if (index == null) {
            violation.addPropertyNode(property).addConstraintViolation();
        } else {
            violation.addPropertyNode(property).inIterable().atIndex(index).addConstraintViolation();
        }
        return false;
    }

    /** The project's message key: the template's own {@code {validation.…}}, else the usual key of the constraint. */
    static String key(ConstraintViolation<?> v) {
        String template = v.getMessageTemplate();
        if (template != null && template.startsWith("{validation.") && template.endsWith("}")) {
            return template.substring(1, template.length() - 1);
        }
        Annotation constraint = v.getConstraintDescriptor().getAnnotation();
        String name = constraint.annotationType().getSimpleName();
        if ("Size".equals(name) && !tooLong(v)) {
            return "validation.required"; // below the minimum: an empty list, a missing line
        }
        return KEYS.getOrDefault(name, "validation.invalid");
    }

    private static boolean tooLong(ConstraintViolation<?> v) {
        Object max = v.getConstraintDescriptor().getAttributes().get("max");
        Object value = v.getInvalidValue();
        int length = value instanceof CharSequence s
                ? s.length()
                : value instanceof Collection<?> c ? c.size() : value instanceof Map<?, ?> m ? m.size() : -1;
        return max instanceof Integer limit && length > limit;
    }

    /**
     * {@code receive.request.lines[0].qty} → {@code lines[0].qty}: the method and the parameter
     * (the input record) are left out; a constraint on a plain parameter keeps the parameter's name,
     * and so does an element of a list parameter ({@code counts[0].counted}).
     */
    static String path(Path path) {
        StringBuilder field = new StringBuilder();
        String parameter = "";
        for (Path.Node node : path) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, RETURN_VALUE, CROSS_PARAMETER -> {
                    // the method itself is not a field
                }
                case PARAMETER -> parameter = node.getName();
                case BEAN -> {
                    // a class-level constraint on the record: reported on its parent path
                }
                default -> {
                    if (node.isInIterable()) {
                        if (field.isEmpty()) {
                            field.append(parameter); // an element of a list parameter: counts[0].counted
                        }
                        field.append('[')
                                .append(node.getIndex() == null ? node.getKey() : node.getIndex())
                                .append(']');
                    }
                    if (node.getName() != null && !"<list element>".equals(node.getName())) {
                        if (!field.isEmpty()) {
                            field.append('.');
                        }
                        field.append(node.getName());
                    }
                }
            }
        }
        return field.isEmpty() ? parameter : field.toString();
    }
}
