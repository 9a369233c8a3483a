package org.aftersales.support.validation;

import java.util.List;
import java.util.Optional;
import org.aftersales.domain.shared.FieldError;

/**
 * An input record whose rules run across its fields (received ≤ sent, from ≠ to, end ≥ start),
 * checked by {@link CrossChecked}. A record overrides {@link #crossFieldError()} for one rule or
 * {@link #crossFieldErrors()} for several; each error is reported on the field it names.
 */
public interface CrossFields {

    /** The rule broken across this record's fields, named on the field to correct; empty if none. */
    default Optional<FieldError> crossFieldError() {
        return Optional.empty();
    }

    /** Every rule broken across this record's fields; by default {@link #crossFieldError()}. */
    default List<FieldError> crossFieldErrors() {
        return crossFieldError().stream().toList();
    }
}
