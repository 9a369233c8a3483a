package org.aftersales.web.customers.view;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.aftersales.customers.boundary.CustomerService;
import org.aftersales.customers.boundary.CustomerViews.Created;
import org.aftersales.customers.boundary.CustomerViews.CustomerQuery;
import org.aftersales.customers.boundary.CustomerViews.CustomerRow;
import org.aftersales.customers.boundary.CustomerViews.Duplicate;
import org.aftersales.customers.boundary.CustomerViews.NewCustomer;
import org.aftersales.customers.boundary.CustomerViews.SortField;
import org.aftersales.customers.boundary.DuplicateCustomerException;
import org.aftersales.domain.customers.CustomerType;
import org.aftersales.domain.shared.RuleViolationException;
import org.aftersales.web.shared.view.ExcelExport;
import org.aftersales.web.shared.view.Feedback;
import org.primefaces.PrimeFaces;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.primefaces.model.StreamedContent;

/**
 * C1: the customer archive screen — a lazy, sortable list filtered by name/phone/serial, region,
 * type, product model and purchase period; opening a customer with the duplicate warning; the
 * filtered list as Excel.
 */
@Named
@ViewScoped
public class CustomersView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int EXPORT_MAX = 100_000;

    @EJB
    private CustomerService customers;

    @jakarta.inject.Inject
    private org.aftersales.web.shared.view.CurrentUser currentUser;

    // filters
    private String query;
    private String region;
    private CustomerType type;
    private String model;
    private LocalDate purchasedFrom;
    private LocalDate purchasedTo;

    // the "new customer" form
    private String name;
    private CustomerType newType = CustomerType.HOUSEHOLD;
    private String contact;
    private String phone;
    private String email;
    private String newRegion;
    private String address;
    private List<Duplicate> duplicates = new ArrayList<>();
    private boolean confirmDuplicate;

    private final LazyDataModel<CustomerRow> rows = new Rows();

    private final class Rows extends LazyDataModel<CustomerRow> {
        private static final long serialVersionUID = 1L;
        private transient List<CustomerRow> current;

        @Override
        public int count(java.util.Map<String, FilterMeta> filterBy) {
            return (int) customers.count(filter());
        }

        @Override
        public List<CustomerRow> load(
                int first,
                int pageSize,
                java.util.Map<String, SortMeta> sortBy,
                java.util.Map<String, FilterMeta> filterBy) {
            SortField field = null;
            boolean ascending = true;
            for (SortMeta sort : sortBy.values()) {
                field = switch (sort.getField()) {
                    case "name" -> SortField.NAME;
                    case "region" -> SortField.REGION;
                    case "type" -> SortField.TYPE;
                    default -> SortField.CREATED;
                };
                ascending = sort.getOrder() != SortOrder.DESCENDING;
            }
            current = customers.rows(filter(), first, pageSize, field, ascending); // the total came from count()
            return current;
        }

        @Override
        public String getRowKey(CustomerRow row) {
            return String.valueOf(row.id());
        }

        @Override
        public CustomerRow getRowData(String rowKey) {
            return current == null
                    ? null
                    : current.stream()
                            .filter(r -> String.valueOf(r.id()).equals(rowKey))
                            .findFirst()
                            .orElse(null);
        }
    }

    CustomerQuery filter() {
        return new CustomerQuery(query, region, type, model, purchasedFrom, purchasedTo);
    }

    public void clearFilters() {
        query = region = model = null;
        type = null;
        purchasedFrom = purchasedTo = null;
    }

    public void create() {
        try {
            Created created = customers.create(
                    new NewCustomer(name, newType, contact, phone, email, newRegion, address, "MANUAL", List.of()),
                    confirmDuplicate);
            Feedback.info("customers.created", created.customer().name());
            duplicates = new ArrayList<>();
            confirmDuplicate = false;
            name = contact = phone = email = newRegion = address = null;
            PrimeFaces.current().executeScript("PF('newCustomerDialog').hide()");
            org.omnifaces.util.Faces.redirect(
                    "customer.xhtml?id=%s", String.valueOf(created.customer().id()));
        } catch (DuplicateCustomerException e) {
            duplicates = new ArrayList<>(e.duplicates());
            Feedback.warn("customers.duplicateWarning", e.duplicates().size());
        } catch (RuleViolationException e) {
            Feedback.failed(e, "newCustomerForm");
        }
    }

    public StreamedContent getExport() {
        return ExcelExport.of(
                "customers",
                currentUser.getZone(),
                Feedback.text("customers.title"),
                List.of(
                        Feedback.text("customers.name"),
                        Feedback.text("customers.type"),
                        Feedback.text("customers.contact"),
                        Feedback.text("customers.phone"),
                        Feedback.text("customers.region"),
                        Feedback.text("customers.address")),
                (first, size) -> customers.search(filter(), first, size, SortField.NAME, true),
                row -> List.of(
                        row.name(),
                        Feedback.text("customerType." + row.type().name()),
                        row.contact() == null ? "" : row.contact(),
                        row.phone(),
                        row.region(),
                        row.address()),
                EXPORT_MAX);
    }

    public CustomerType[] getTypes() {
        return CustomerType.values();
    }

    public LazyDataModel<CustomerRow> getRows() {
        return rows;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public CustomerType getType() {
        return type;
    }

    public void setType(CustomerType type) {
        this.type = type;
    }

    public String getModel() {
        return model;
    }

    public void setModel(String model) {
        this.model = model;
    }

    public LocalDate getPurchasedFrom() {
        return purchasedFrom;
    }

    public void setPurchasedFrom(LocalDate v) {
        this.purchasedFrom = v;
    }

    public LocalDate getPurchasedTo() {
        return purchasedTo;
    }

    public void setPurchasedTo(LocalDate v) {
        this.purchasedTo = v;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public CustomerType getNewType() {
        return newType;
    }

    public void setNewType(CustomerType newType) {
        this.newType = newType;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getNewRegion() {
        return newRegion;
    }

    public void setNewRegion(String newRegion) {
        this.newRegion = newRegion;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public List<Duplicate> getDuplicates() {
        return duplicates;
    }

    public boolean isConfirmDuplicate() {
        return confirmDuplicate;
    }

    public void setConfirmDuplicate(boolean v) {
        this.confirmDuplicate = v;
    }
}
