package org.aftersales.web.tickets.view;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.aftersales.customers.boundary.CustomerService;
import org.aftersales.customers.boundary.CustomerViews.CustomerQuery;
import org.aftersales.customers.boundary.CustomerViews.CustomerRow;
import org.aftersales.customers.boundary.CustomerViews.CustomerView;
import org.aftersales.customers.boundary.EntitlementService;
import org.aftersales.customers.boundary.ProductService;
import org.aftersales.customers.boundary.ProductViews.ProductView;
import org.aftersales.domain.accounts.Qualification;
import org.aftersales.domain.shared.RuleViolationException;
import org.aftersales.domain.tickets.Channel;
import org.aftersales.domain.tickets.FaultLevel;
import org.aftersales.domain.tickets.ServiceKind;
import org.aftersales.tickets.boundary.TicketService;
import org.aftersales.tickets.boundary.TicketViews.NewTicket;
import org.aftersales.tickets.boundary.TicketViews.TicketView;
import org.aftersales.web.shared.view.CurrentUser;
import org.aftersales.web.shared.view.Feedback;

/**
 * T1, T2: the agent on the phone — find the caller (phone, name or serial number), pick the
 * product, see its warranty and who pays at once, record the call, save → the ticket number.
 */
@Named
@ViewScoped
public class IntakeView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int CANDIDATES = 20;

    @EJB
    private CustomerService customers;

    @EJB
    private ProductService products;

    @EJB
    private EntitlementService entitlements;

    @EJB
    private TicketService tickets;

    @Inject
    private CurrentUser currentUser;

    private String query;
    private List<CustomerRow> candidates = new ArrayList<>();
    private CustomerView customer;
    private List<ProductView> customerProducts = new ArrayList<>();
    private String serialNumber;
    private EntitlementService.Decision decision;

    private Channel channel = Channel.PHONE;
    private ServiceKind kind = ServiceKind.ONSITE_REPAIR;
    private FaultLevel faultLevel = FaultLevel.GENERAL;
    private String description;
    private LocalDateTime wantedAt;
    private Set<Qualification> requiredQualifications = EnumSet.noneOf(Qualification.class);
    private TicketView registered;

    public void search() {
        customer = null;
        customerProducts = new ArrayList<>();
        serialNumber = null;
        decision = null;
        candidates = query == null || query.isBlank()
                ? new ArrayList<>()
                : customers.rows(
                        new CustomerQuery(query.strip(), null, null, null, null, null), 0, CANDIDATES, null, true);
        if (candidates.size() == 1) {
            choose(candidates.get(0).id());
        }
        if (candidates.isEmpty()) {
            Feedback.warn("intake.noCustomer", query);
        }
    }

    public void choose(long customerId) {
        customer = customers.find(customerId).orElse(null);
        customerProducts = customer == null ? new ArrayList<>() : products.ofCustomer(customerId);
        decision = null;
        serialNumber = null;
        if (query != null) { // the caller gave a serial number: pick that product
            customerProducts.stream()
                    .filter(p -> p.serialNumber().equalsIgnoreCase(query.strip()))
                    .findFirst()
                    .ifPresent(p -> pick(p.serialNumber()));
        }
        if (serialNumber == null && customerProducts.size() == 1) {
            pick(customerProducts.get(0).serialNumber());
        }
    }

    public void pick(String serial) {
        serialNumber = serial;
        decision = serial == null || customer == null
                ? null
                : entitlements.decide(customer.id(), serial, currentUser.today(), Set.of());
    }

    public void onProductChange() {
        pick(serialNumber == null || serialNumber.isBlank() ? null : serialNumber);
    }

    public void register() {
        if (customer == null) {
            Feedback.error("intake.chooseCustomer");
            return;
        }
        try {
            registered = tickets.registerCall(new NewTicket(
                    customer.id(),
                    serialNumber,
                    channel,
                    kind,
                    faultLevel,
                    null,
                    description,
                    null,
                    wantedAt == null
                            ? null
                            : wantedAt.atZone(currentUser.getZone()).toInstant(),
                    requiredQualifications,
                    Set.of()));
            Feedback.info("intake.registered", registered.number());
        } catch (RuleViolationException e) {
            Feedback.failed(e, "intakeForm");
        }
    }

    /** Next call: keep nothing of the last one. */
    public void next() {
        query = null;
        candidates = new ArrayList<>();
        customer = null;
        customerProducts = new ArrayList<>();
        serialNumber = null;
        decision = null;
        channel = Channel.PHONE;
        kind = ServiceKind.ONSITE_REPAIR;
        faultLevel = FaultLevel.GENERAL;
        description = null;
        wantedAt = null;
        requiredQualifications = EnumSet.noneOf(Qualification.class);
        registered = null;
    }

    public String reason() {
        return decision == null
                ? null
                : Feedback.text(
                        decision.entitlement().reasonKey(),
                        decision.entitlement().reasonArgs().toArray());
    }

    public String warrantyReason() {
        return decision == null || decision.warranty() == null
                ? null
                : Feedback.text(
                        decision.warranty().reasonKey(),
                        decision.warranty().reasonArgs().toArray());
    }

    public Channel[] getChannels() {
        return Channel.values();
    }

    public ServiceKind[] getKinds() {
        return ServiceKind.values();
    }

    public FaultLevel[] getFaultLevels() {
        return FaultLevel.values();
    }

    public Qualification[] getQualifications() {
        return Qualification.values();
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public List<CustomerRow> getCandidates() {
        return candidates;
    }

    public CustomerView getCustomer() {
        return customer;
    }

    public List<ProductView> getCustomerProducts() {
        return customerProducts;
    }

    public String getSerialNumber() {
        return serialNumber;
    }

    public void setSerialNumber(String serialNumber) {
        this.serialNumber = serialNumber;
    }

    public EntitlementService.Decision getDecision() {
        return decision;
    }

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel;
    }

    public ServiceKind getKind() {
        return kind;
    }

    public void setKind(ServiceKind kind) {
        this.kind = kind;
    }

    public FaultLevel getFaultLevel() {
        return faultLevel;
    }

    public void setFaultLevel(FaultLevel faultLevel) {
        this.faultLevel = faultLevel;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public LocalDateTime getWantedAt() {
        return wantedAt;
    }

    public void setWantedAt(LocalDateTime wantedAt) {
        this.wantedAt = wantedAt;
    }

    public Set<Qualification> getRequiredQualifications() {
        return requiredQualifications;
    }

    public void setRequiredQualifications(Set<Qualification> q) {
        this.requiredQualifications = q == null ? EnumSet.noneOf(Qualification.class) : q;
    }

    public TicketView getRegistered() {
        return registered;
    }
}
