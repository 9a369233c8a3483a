package org.aftersales.reference.boundary;

import jakarta.ejb.Local;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.aftersales.domain.shared.FieldError;

/**
 * The lists kept as data that other contexts pick from (issue 10.18): regions (C1, T4 dispatch
 * matching) and product categories (C3, W1). Records keep an entry's code; customers, tickets and
 * accounts ask here whether a code is on the list, never read the tables themselves.
 */
@Local
public interface ReferenceLists {

    /** Which list. */
    enum Kind {
        REGION,
        PRODUCT_CATEGORY
    }

    /** The entries of a list in their order; {@code activeOnly}: the ones offered for new records. */
    List<Entry> list(Kind kind, boolean activeOnly);

    /**
     * The error for {@code field} when {@code code} is not an active entry of the list; none when it
     * is, when it is blank (whether it is required is the caller's rule) or when it equals
     * {@code kept}, the value the record already has (a deactivated entry stays valid where it is).
     */
    Optional<FieldError> unknown(Kind kind, String field, String code, String kept);

    /** ADMIN: adds an entry (active). */
    Entry add(Kind kind, String code, String name, int sortOrder);

    /** ADMIN: renames, reorders, deactivates or reactivates an entry against the version shown. */
    Entry change(Kind kind, String code, long version, String name, int sortOrder, boolean active);

    /** One entry as callers see it. */
    record Entry(String code, String name, boolean active, int sortOrder, long version) implements Serializable {}
}
