package org.aftersales.domain.customers;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.aftersales.domain.shared.AuditedEntity;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.RuleViolationException;
import org.aftersales.domain.shared.Text;

/**
 * C1: a customer in the archive. Invariants: a name, a type, a phone, a region and an address are
 * always there; the search keys ({@code nameKey}, {@code phoneKey}) always follow the name and the
 * phone, so search and duplicate detection use indexes.
 */
@Entity
@Table(name = "customer")
// issue 15.2: the customer and its contacts in one statement, for reading one (GET /customers/{id})
@NamedQuery(
        name = "Customer.withContacts",
        query = "SELECT c FROM Customer c LEFT JOIN FETCH c.contacts WHERE c.id = :id")
public class Customer extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "name_key", nullable = false, length = 200)
    private String nameKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "customer_type", nullable = false, length = 20)
    private CustomerType type;

    @Column(name = "contact", length = 100)
    private String contact;

    @Column(name = "phone", nullable = false, length = 40)
    private String phone;

    @Column(name = "phone_key", nullable = false, length = 40)
    private String phoneKey;

    @Column(name = "email", length = 200)
    private String email;

    @Column(name = "region", nullable = false, length = 100)
    private String region;

    @Column(name = "address", nullable = false, length = 300)
    private String address;

    @Column(name = "address_key", nullable = false, length = 300)
    private String addressKey;

    @Column(name = "source", length = 100)
    private String source;

    /** Issue 10.1: the partner account that opened the customer (null: the staff did); it sees only its own. */
    @Column(name = "partner", length = 100, updatable = false)
    private String partner;

    @ElementCollection
    @CollectionTable(name = "customer_contact", joinColumns = @JoinColumn(name = "customer_id"))
    @OrderColumn(name = "position")
    private List<Contact> contacts = new ArrayList<>();

    protected Customer() {}

    public Customer(String name, CustomerType type, String phone, String region, String address) {
        rename(name);
        reclassify(type);
        changePhone(phone);
        relocate(region, address);
    }

    /** Lower case, no white space: the form names and addresses are compared and searched in. */
    public static String key(String text) {
        return text == null ? null : text.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }

    public void rename(String newName) {
        this.name = required(newName, "name");
        this.nameKey = key(this.name);
    }

    public void reclassify(CustomerType newType) {
        this.type = Objects.requireNonNull(newType, "The customer type is required.");
    }

    public void changePhone(String newPhone) {
        this.phone = required(newPhone, "phone");
        String phoneDigits = PhoneNumber.key(this.phone);
        if (phoneDigits == null) {
            throw new RuleViolationException(FieldError.of("phone", "validation.phone"));
        }
        this.phoneKey = phoneDigits;
    }

    public void relocate(String newRegion, String newAddress) {
        this.region = required(newRegion, "region");
        this.address = required(newAddress, "address");
        this.addressKey = key(this.address);
    }

    public void changeContact(String contactPerson, String newEmail, String newSource) {
        this.contact = Text.optional(contactPerson);
        this.email = Text.optional(newEmail);
        this.source = Text.optional(newSource);
    }

    public void replaceContacts(List<Contact> newContacts) {
        contacts.clear();
        if (newContacts != null) {
            contacts.addAll(newContacts);
        }
    }

    /** Issue 10.1: a customer opened by a partner's system belongs to that partner, once and for good. */
    public void openedBy(String partnerAccount) {
        if (this.id != null) {
            throw new IllegalStateException("The owner is set when the customer is opened.");
        }
        this.partner = partnerAccount == null || partnerAccount.isBlank() ? null : partnerAccount.strip();
    }

    /**
     * Issue 10.1: whether a caller sees this customer — staff ({@code partner} empty) see every
     * customer, a partner only those it opened.
     */
    public boolean visibleTo(java.util.Optional<String> partnerAccount) {
        return partnerAccount.isEmpty() || partnerAccount.get().equals(partner);
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new RuleViolationException(FieldError.of(field, "validation.required"));
        }
        return value.strip();
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public CustomerType getType() {
        return type;
    }

    public String getContact() {
        return contact;
    }

    public String getPhone() {
        return phone;
    }

    public String getPhoneKey() {
        return phoneKey;
    }

    public String getEmail() {
        return email;
    }

    public String getRegion() {
        return region;
    }

    public String getAddress() {
        return address;
    }

    public String getAddressKey() {
        return addressKey;
    }

    public String getNameKey() {
        return nameKey;
    }

    public String getSource() {
        return source;
    }

    public String getPartner() {
        return partner;
    }

    public List<Contact> getContacts() {
        return List.copyOf(contacts);
    }

    @Override
    protected Map<String, String> auditState() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("name", name);
        state.put("type", type.name());
        state.put("contact", contact);
        state.put("phone", phone);
        state.put("email", email);
        state.put("region", region);
        state.put("address", address);
        state.put("source", source);
        return state;
    }
}
