package org.aftersales.customers.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.aftersales.customers.control.Phone;
import org.aftersales.domain.customers.Contact;
import org.aftersales.domain.customers.Customer;
import org.aftersales.domain.customers.CustomerType;

/** What callers of the customers context see and send: records, never entities. */
public final class CustomerViews {

    /** An e-mail address as typed (blank: none); surrounding spaces are stripped when stored. */
    static final String EMAIL = "\\s*|\\s*[^@\\s]+@[^@\\s]+\\.[^@\\s]+\\s*";

    private CustomerViews() {}

    /** C1: a new customer; the constraints are the contract (issue 11.1), the region is checked against its list. */
    public record NewCustomer(
            @NotBlank @Size(max = 200) String name,
            @NotNull CustomerType type,
            String contact,
            @NotBlank @Size(max = 40) @Phone String phone,

            @Pattern(regexp = EMAIL, message = "{validation.email}")
            String email,

            @NotBlank @Size(max = 100) String region,
            @NotBlank @Size(max = 300) String address,
            String source,
            List<@Valid ContactView> contacts)
            implements Serializable {}

    /** C1: a change made against the version shown; the same contract as {@link NewCustomer}. */
    public record CustomerChange(
            long id,
            long version,
            @NotBlank @Size(max = 200) String name,
            @NotNull CustomerType type,
            String contact,
            @NotBlank @Size(max = 40) @Phone String phone,

            @Pattern(regexp = EMAIL, message = "{validation.email}")
            String email,

            @NotBlank @Size(max = 100) String region,
            @NotBlank @Size(max = 300) String address,
            String source,
            List<@Valid ContactView> contacts)
            implements Serializable {}

    /** A further contact person; the name is required. */
    public record ContactView(@NotBlank String name, String phone, String title) implements Serializable {
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
