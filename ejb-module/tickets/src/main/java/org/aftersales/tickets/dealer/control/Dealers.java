package org.aftersales.tickets.dealer.control;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import java.util.List;
import org.aftersales.customers.boundary.CustomerService;
import org.aftersales.customers.boundary.CustomerViews.CustomerQuery;
import org.aftersales.customers.boundary.CustomerViews.CustomerRow;
import org.aftersales.customers.boundary.CustomerViews.CustomerView;
import org.aftersales.customers.boundary.CustomerViews.SortField;
import org.aftersales.domain.customers.CustomerType;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.RuleViolationException;

/** C1, T7: the dealer of a return, from the customer archive. */
@Dependent
public class Dealers {

    @EJB
    private CustomerService customers;

    /** C1: the dealer must be in the archive as a DEALER — by id, or by its exact name when no id is given. */
    public CustomerView dealer(Long id, String name) {
        if (id != null) {
            return customers
                    .find(id)
                    .filter(c -> c.type() == CustomerType.DEALER)
                    .orElseThrow(() ->
                            new RuleViolationException(FieldError.of("dealerCustomerId", "validation.notADealer", id)));
        }
        if (name == null || name.isBlank()) {
            throw new RuleViolationException(FieldError.of("dealerName", "validation.required"));
        }
        String wanted = name.strip();
        List<CustomerRow> found = customers
                .search(
                        new CustomerQuery(wanted, null, CustomerType.DEALER, null, null, null),
                        0,
                        20,
                        SortField.NAME,
                        true)
                .items()
                .stream()
                .filter(c -> c.name().strip().equalsIgnoreCase(wanted))
                .toList();
        if (found.size() != 1) {
            throw new RuleViolationException(FieldError.of(
                    "dealerName", found.isEmpty() ? "validation.unknownDealer" : "validation.ambiguousDealer", wanted));
        }
        return customers.find(found.get(0).id()).orElseThrow();
    }
}
