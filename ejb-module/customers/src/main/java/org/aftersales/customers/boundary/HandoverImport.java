package org.aftersales.customers.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.aftersales.accounts.boundary.PartnerScope;
import org.aftersales.customers.boundary.ProductViews.NewProduct;
import org.aftersales.customers.control.CustomerQueries;
import org.aftersales.customers.control.ProductRegistry;
import org.aftersales.customers.control.handover.HandoverParser;
import org.aftersales.customers.control.handover.HandoverRow;
import org.aftersales.customers.control.handover.HandoverTemplate;
import org.aftersales.customers.control.handover.ParsedHandover;
import org.aftersales.customers.control.handover.RejectedRow;
import org.aftersales.customers.control.handover.UnreadableFile;
import org.aftersales.domain.accounts.Roles;
import org.aftersales.domain.customers.Customer;
import org.aftersales.domain.customers.CustomerType;
import org.aftersales.domain.customers.InstalledProduct;
import org.aftersales.domain.customers.PhoneNumber;
import org.aftersales.domain.customers.warranty.ProductUse;
import org.aftersales.domain.customers.warranty.ProofOfPurchase;
import org.aftersales.domain.customers.warranty.SerialStatus;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.RuleViolationException;
import org.aftersales.reference.boundary.ReferenceLists;
import org.aftersales.support.validation.ContractViolations;

/**
 * C2: the sales office's daily hand-over (客户档案信息表) into the archive. Idempotent on the serial
 * number: a product already in the archive is reported and left as it is, so importing the same
 * file again changes nothing. A customer is matched by phone and name, else opened. Every rejected
 * row is listed with its line and reason; the rest is imported in chunks of {@value #CHUNK} rows,
 * each in a transaction of its own, and each new product publishes {@code ProductDelivered}.
 */
@Stateless
@RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.ADMIN, Roles.PARTNER})
public class HandoverImport {

    private static final Logger LOG = Logger.getLogger(HandoverImport.class.getName());

    @Inject
    private CustomerQueries queries;

    @PersistenceContext(unitName = "aftersales")
    private EntityManager em;

    @Inject
    private ProductRegistry products;

    @EJB
    private ReferenceLists lists;

    @Inject
    private Validator validator;

    @Resource
    private SessionContext context;

    /** Rows imported in one transaction. */
    static final int CHUNK = 500;

    public enum RowOutcome {
        NEW_CUSTOMER,
        EXISTING_CUSTOMER,
        ALREADY_IMPORTED
    }

    public record RowResult(int line, String serialNumber, String customerName, String model, RowOutcome outcome)
            implements Serializable {}

    public record Rejection(int line, String serialNumber, String reasonKey, List<String> reasonArgs)
            implements Serializable {}

    public record Result(
            boolean applied,
            int newCustomers,
            int newProducts,
            int alreadyImported,
            List<RowResult> rows,
            List<Rejection> rejected)
            implements Serializable {}

    /** What importing the file would do, changing nothing. */
    /** C2: the empty 客户档案信息表 with its header row, to fill in and import (Excel). */
    public byte[] template() {
        return HandoverTemplate.xlsx();
    }

    public Result preview(String fileName, byte[] content) {
        return run(fileName, content, false);
    }

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Result importFile(String fileName, byte[] content) {
        return run(fileName, content, true);
    }

    private Result run(String fileName, byte[] content, boolean apply) {
        ParsedHandover parsed;
        try {
            parsed = new HandoverParser()
                    .parse(fileName == null ? "" : fileName, content == null ? new byte[0] : content);
        } catch (UnreadableFile e) {
            LOG.log(Level.INFO, "Hand-over file {0} refused: {1}", new Object[] {fileName, e.getMessage()});
            throw new RuleViolationException(new FieldError("file", e.reasonKey(), e.reasonArgs()));
        } catch (RuntimeException e) {
            // issue 10.7: a library's exception text is for the log, the user gets a sentence of ours
            LOG.log(Level.WARNING, "Hand-over file " + fileName + " unreadable", e);
            throw new RuleViolationException(FieldError.of("file", "handover.unreadableFile"));
        }
        List<Rejection> rejected = new ArrayList<>();
        parsed.rejected().forEach(r -> rejected.add(rejection(r)));
        List<RowResult> rows = new ArrayList<>();
        Map<String, Long> opened = new HashMap<>();
        List<HandoverRow> all = parsed.rows();
        for (int first = 0; first < all.size(); first += CHUNK) {
            List<HandoverRow> chunk = all.subList(first, Math.min(all.size(), first + CHUNK));
            Chunk done = apply
                    ? context.getBusinessObject(HandoverImport.class).importChunk(chunk, opened)
                    : step(chunk, opened, false);
            rows.addAll(done.rows());
            rejected.addAll(done.rejected());
            opened.putAll(done.opened());
        }
        rejected.sort(java.util.Comparator.comparingInt(Rejection::line));
        return new Result(
                apply,
                opened.size(),
                (int) rows.stream()
                        .filter(r -> r.outcome() != RowOutcome.ALREADY_IMPORTED)
                        .count(),
                (int) rows.stream()
                        .filter(r -> r.outcome() == RowOutcome.ALREADY_IMPORTED)
                        .count(),
                rows,
                rejected);
    }

    /** What one chunk did, and the customers it opened (key → id, null in a preview). */
    public record Chunk(List<RowResult> rows, List<Rejection> rejected, Map<String, Long> opened)
            implements Serializable {}

    /**
     * Imports up to {@link #CHUNK} rows in a transaction of their own: a long file commits chunk by
     * chunk (a JMS transaction holds at most 1 000 messages), and since rows already imported are
     * skipped, importing the file again after a failure completes it.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Chunk importChunk(List<HandoverRow> chunk, Map<String, Long> openedBefore) {
        return step(chunk, openedBefore, true);
    }

    private Chunk step(List<HandoverRow> chunk, Map<String, Long> openedBefore, boolean apply) {
        List<RowResult> rows = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();
        Map<String, Long> opened = new HashMap<>();
        Map<String, Customer> openedHere = new HashMap<>();
        Optional<String> partner =
                PartnerScope.of(context); // issue 10.1: a partner's import sees and opens its own customers
        for (HandoverRow row : chunk) {
            if (products.bySerialNumber(row.serialNumber()).isPresent()) {
                rows.add(new RowResult(
                        row.line(), row.serialNumber(), row.customerName(), row.model(), RowOutcome.ALREADY_IMPORTED));
                continue;
            }
            String customerKey = PhoneNumber.key(row.phone()) + "|" + Customer.key(row.customerName());
            boolean seenBefore = openedBefore.containsKey(customerKey) || openedHere.containsKey(customerKey);
            Optional<Customer> existing = Optional.ofNullable(openedHere.get(customerKey))
                    .or(() -> Optional.ofNullable(openedBefore.get(customerKey))
                            .map(id -> em.find(Customer.class, id))
                            .filter(c -> c.visibleTo(partner)))
                    .or(() -> matching(row, partner));
            Customer customer;
            try {
                if (existing.isEmpty()) { // issue 10.18: a new customer's region is one of the kept list
                    lists.unknown(ReferenceLists.Kind.REGION, "region", row.region(), null)
                            .ifPresent(error -> {
                                throw new RuleViolationException(error);
                            });
                }
                try {
                    customer = existing.orElseGet(() -> open(row, partner));
                } catch (RuleViolationException e) { // the customer's own rules (a phone without digits): as before
                    throw new IllegalArgumentException("customer of line " + row.line() + ": " + e.errors(), e);
                }
                NewProduct request = new NewProduct(
                        row.model(),
                        null,
                        row.serialNumber(),
                        row.colour(),
                        row.factoryDate(),
                        row.purchaseDate(),
                        ProofOfPurchase.valueOf(row.proofOfPurchase()),
                        ProductUse.valueOf(row.use()),
                        SerialStatus.OK,
                        row.dealer(),
                        row.address(),
                        false,
                        row.deliveryNote());
                // the row passes the contract a registration by hand passes (issue 11.1), then the registry's checks
                List<FieldError> contract = ContractViolations.fieldErrors(validator.validate(request));
                if (!contract.isEmpty()) {
                    throw new RuleViolationException(contract);
                }
                InstalledProduct product = products.build(customer, request);
                if (apply) {
                    if (customer.getId() == null) {
                        em.persist(customer);
                    }
                    products.delivered(product);
                }
            } catch (RuleViolationException e) {
                FieldError first = e.errors().get(0);
                rejected.add(new Rejection(row.line(), row.serialNumber(), first.messageKey(), first.args()));
                continue;
            } catch (IllegalArgumentException e) {
                LOG.log(Level.INFO, "Hand-over line {0} refused: {1}", new Object[] {row.line(), e.getMessage()});
                rejected.add(new Rejection(
                        row.line(), row.serialNumber(), "handover.rowInvalid", List.of(String.valueOf(row.line()))));
                continue;
            }
            boolean openedByThisImport = seenBefore || existing.isEmpty();
            if (existing.isEmpty()) {
                openedHere.put(customerKey, customer);
            }
            rows.add(new RowResult(
                    row.line(),
                    row.serialNumber(),
                    row.customerName(),
                    row.model(),
                    openedByThisImport ? RowOutcome.NEW_CUSTOMER : RowOutcome.EXISTING_CUSTOMER));
        }
        if (apply) {
            em.flush();
        }
        openedHere.forEach((key, customer) -> opened.put(key, customer.getId()));
        return new Chunk(rows, rejected, opened);
    }

    private Optional<Customer> matching(HandoverRow row, Optional<String> partner) {
        return queries.withPhoneAndName(PhoneNumber.key(row.phone()), Customer.key(row.customerName())).stream()
                .filter(c -> c.visibleTo(partner))
                .findFirst();
    }

    private static Customer open(HandoverRow row, Optional<String> partner) {
        Customer customer = new Customer(
                row.customerName(), CustomerType.valueOf(row.customerType()), row.phone(), row.region(), row.address());
        customer.changeContact(row.contact(), row.email(), "HANDOVER");
        customer.openedBy(partner.orElse(null));
        return customer;
    }

    private static Rejection rejection(RejectedRow r) {
        return new Rejection(r.line(), r.serialNumber(), r.reasonKey(), r.reasonArgs());
    }
}
