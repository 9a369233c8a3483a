package org.aftersales.domain.shared;

import java.util.List;

/** Well-formed input that breaks a business rule (API: 422). The transaction rolls back. */
public class RuleViolationException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final List<FieldError> errors;

    public RuleViolationException(List<FieldError> errors) {
        super(errors.toString());
        this.errors = List.copyOf(errors);
    }

    public RuleViolationException(FieldError error) {
        this(List.of(error));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
