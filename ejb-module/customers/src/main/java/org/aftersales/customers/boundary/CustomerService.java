package org.aftersales.customers.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.aftersales.accounts.boundary.PartnerScope;
import org.aftersales.customers.boundary.CustomerViews.ContactView;
import org.aftersales.customers.boundary.CustomerViews.Created;
import org.aftersales.customers.boundary.CustomerViews.CustomerChange;
import org.aftersales.customers.boundary.CustomerViews.CustomerQuery;
import org.aftersales.customers.boundary.CustomerViews.CustomerRow;
import org.aftersales.customers.boundary.CustomerViews.CustomerView;
import org.aftersales.customers.boundary.CustomerViews.Duplicate;
import org.aftersales.customers.boundary.CustomerViews.DuplicateReason;
import org.aftersales.customers.boundary.CustomerViews.NewCustomer;
import org.aftersales.customers.boundary.CustomerViews.SortField;
import org.aftersales.customers.control.CustomerQueries;
import org.aftersales.customers.control.CustomerSearch;
import org.aftersales.domain.accounts.Roles;
import org.aftersales.domain.customers.Contact;
import org.aftersales.domain.customers.Customer;
import org.aftersales.domain.customers.PhoneNumber;
import org.aftersales.domain.shared.ConflictException;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.PageResult;
import org.aftersales.domain.shared.RuleViolationException;
import org.aftersales.domain.shared.UnknownEntityException;
import org.aftersales.reference.boundary.ReferenceLists;

/**
 * C1: the customer archive — open, change, find and list customers, and warn about probable
 * duplicates (same phone; same name at the same address) before a second record is opened.
 */
@Stateless
@RolesAllowed({
    Roles.AGENT,
    Roles.DISPATCHER,
    Roles.TECHNICIAN,
    Roles.WAREHOUSE,
    Roles.FINANCE,
    Roles.QUALITY,
    Roles.MANAGER,
    Roles.ADMIN,
    Roles.PARTNER
})
public class CustomerService {

    static final int DUPLICATES_SHOWN = 10;

    @Inject
    private CustomerQueries queries;

    @PersistenceContext(unitName = "aftersales")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @EJB
    private ReferenceLists lists;

    /**
     * Opens a customer. Probable duplicates stop it unless {@code confirmed} (the agent saw them
     * and creates the record anyway); they are returned either way.
     */
    @RolesAllowed({Roles.AGENT, Roles.DISPATCHER, Roles.MANAGER, Roles.ADMIN, Roles.PARTNER})
    public Created create(@Valid NewCustomer request, boolean confirmed) {
        knownRegion(request.region(), null);
        List<Duplicate> duplicates = duplicatesOf(request.name(), request.phone(), request.address(), null);
        if (!duplicates.isEmpty() && !confirmed) {
            throw new DuplicateCustomerException(duplicates);
        }
        Customer customer =
                new Customer(request.name(), request.type(), request.phone(), request.region(), request.address());
        customer.changeContact(request.contact(), request.email(), request.source());
        customer.replaceContacts(contacts(request.contacts()));
        customer.openedBy(partner().orElse(null));
        em.persist(customer);
        em.flush();
        return new Created(CustomerView.of(customer), duplicates);
    }

    @RolesAllowed({Roles.AGENT, Roles.DISPATCHER, Roles.MANAGER, Roles.ADMIN, Roles.PARTNER})
    public CustomerView update(@Valid CustomerChange change) {
        Customer customer = existing(change.id());
        if (customer.getVersion() != change.version()) {
            throw new ConflictException("error.staleVersion");
        }
        knownRegion(change.region(), customer.getRegion());
        customer.rename(change.name());
        customer.reclassify(change.type());
        customer.changePhone(change.phone());
        customer.relocate(change.region(), change.address());
        customer.changeContact(change.contact(), change.email(), change.source());
        customer.replaceContacts(contacts(change.contacts()));
        em.flush();
        return CustomerView.of(customer);
    }

    /** The customer, if the caller may see it (a partner sees only the customers it opened). */
    public Optional<CustomerView> find(long id) {
        // issue 15.2: the row and its contacts in one statement (em.find read the contacts in a second one)
        return em.createNamedQuery("Customer.withContacts", Customer.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst()
                .filter(c -> c.visibleTo(partner()))
                .map(CustomerView::of);
    }

    public PageResult<CustomerRow> search(CustomerQuery query, int first, int size, SortField sort, boolean ascending) {
        return new CustomerSearch(em, partner()).page(query, first, size, sort, ascending);
    }

    /** The total of a list, for a screen that pages it (the rows come from {@link #rows}). */
    public long count(CustomerQuery query) {
        return new CustomerSearch(em, partner()).count(query);
    }

    /** A page of the list without its total. */
    public List<CustomerRow> rows(CustomerQuery query, int first, int size, SortField sort, boolean ascending) {
        return new CustomerSearch(em, partner()).rows(query, first, size, sort, ascending);
    }

    /** C1: existing customers with the same phone, or the same name at the same address. */
    public List<Duplicate> duplicatesOf(String name, String phone, String address, Long except) {
        Map<Long, Duplicate> found = new LinkedHashMap<>();
        // issue 10.1: a partner is warned only of its own customers; others' names and phones never reach it
        Optional<String> partner = partner();
        String phoneKey = PhoneNumber.key(phone);
        if (phoneKey != null) {
            queries.withPhone(phoneKey, partner, DUPLICATES_SHOWN)
                    .forEach(c -> found.putIfAbsent(c.getId(), duplicate(c, DuplicateReason.PHONE)));
        }
        if (name != null && !name.isBlank() && address != null && !address.isBlank()) {
            queries.withNameAndAddress(Customer.key(name), Customer.key(address), partner, DUPLICATES_SHOWN)
                    .forEach(c -> found.putIfAbsent(c.getId(), duplicate(c, DuplicateReason.NAME_AND_ADDRESS)));
        }
        if (except != null) {
            found.remove(except);
        }
        return List.copyOf(found.values());
    }

    private static Duplicate duplicate(Customer c, DuplicateReason reason) {
        return new Duplicate(c.getId(), c.getName(), c.getPhone(), c.getAddress(), reason);
    }

    Customer existing(long id) {
        Customer customer = em.find(Customer.class, id);
        if (customer == null || !customer.visibleTo(partner())) {
            throw new UnknownEntityException("Customer", id);
        }
        return customer;
    }

    private Optional<String> partner() {
        return PartnerScope.of(context);
    }

    /** Issue 10.18: the region is one of the kept list (dispatch matches by it); the customer's own stays valid. */
    private void knownRegion(String region, String kept) {
        lists.unknown(ReferenceLists.Kind.REGION, "region", region, kept).ifPresent(error -> {
            throw new RuleViolationException(error);
        });
    }

    private static List<Contact> contacts(List<ContactView> views) {
        List<Contact> contacts = new ArrayList<>();
        if (views != null) {
            for (int i = 0; i < views.size(); i++) {
                ContactView v = views.get(i);
                if (v == null) { // a blank name is refused by the contract (ContactView)
                    throw new RuleViolationException(FieldError.of("contacts[" + i + "].name", "validation.required"));
                }
                contacts.add(new Contact(v.name(), v.phone(), v.title()));
            }
        }
        return contacts;
    }
}
