package org.aftersales.customers.boundary;

import jakarta.ejb.ApplicationException;
import java.util.List;
import org.aftersales.customers.boundary.CustomerViews.Duplicate;

/** C1: the customer looks like one already in the archive; the agent may confirm and create it anyway. */
@ApplicationException(rollback = true)
public class DuplicateCustomerException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final List<Duplicate> duplicates;

    public DuplicateCustomerException(List<Duplicate> duplicates) {
        super("Possible duplicates: " + duplicates.size());
        this.duplicates = List.copyOf(duplicates);
    }

    public List<Duplicate> duplicates() {
        return duplicates;
    }
}
