package org.aftersales.customers.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.aftersales.domain.customers.Contact;
import org.aftersales.domain.customers.Customer;
import org.aftersales.domain.customers.CustomerType;

/** What callers of the customers context see and send: records, never entities. */
public final class CustomerViews {

    private CustomerViews() {}

    public record NewCustomer(
            String name,
            CustomerType type,
            String contact,
            String phone,
            String email,
            String region,
            String address,
            String source,
            List<ContactView> contacts)
            implements Serializable {}

    public record CustomerChange(
            long id,
            long version,
            String name,
            CustomerType type,
            String contact,
            String phone,
            String email,
            String region,
            String address,
            String source,
            List<ContactView> contacts)
            implements Serializable {}

    public record ContactView(String name, String phone, String title) implements Serializable {
        static ContactView of(Contact c) {
            return new ContactView(c.getName(), c.getPhone(), c.getTitle());
        }
    }

    public record CustomerView(
            Long id,
            String name,
            CustomerType type,
            String contact,
            String phone,
            String email,
            String region,
            String address,
            String source,
            List<ContactView> contacts,
            Instant createdAt,
            String createdBy,
            long version)
            implements Serializable {
        static CustomerView of(Customer c) {
            return new CustomerView(
                    c.getId(),
                    c.getName(),
                    c.getType(),
                    c.getContact(),
                    c.getPhone(),
                    c.getEmail(),
                    c.getRegion(),
                    c.getAddress(),
                    c.getSource(),
                    c.getContacts().stream().map(ContactView::of).toList(),
                    c.getCreatedAt(),
                    c.getCreatedBy(),
                    c.getVersion());
        }
    }

    /** A row of the customer list: no collections, so a page is one query. */
    public record CustomerRow(
            Long id,
            String name,
            CustomerType type,
            String contact,
            String phone,
            String region,
            String address,
            Instant createdAt)
            implements Serializable {}

    /** Why an existing customer may be the one being entered again. */
    public enum DuplicateReason {
        PHONE,
        NAME_AND_ADDRESS
    }

    public record Duplicate(Long id, String name, String phone, String address, DuplicateReason reason)
            implements Serializable {}

    public record Created(CustomerView customer, List<Duplicate> duplicates) implements Serializable {}

    /**
     * C1: the list's filters. {@code query} matches part of the name, the start of a phone number or a
     * whole serial number; the product filters keep customers owning such a product.
     */
    public record CustomerQuery(
            String query,
            String region,
            CustomerType type,
            String model,
            LocalDate purchasedFrom,
            LocalDate purchasedTo)
            implements Serializable {

        public static CustomerQuery all() {
            return new CustomerQuery(null, null, null, null, null, null);
        }
    }

    /** The sortable columns of the list. */
    public enum SortField {
        NAME,
        REGION,
        TYPE,
        CREATED
    }
}
