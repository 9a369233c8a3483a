package org.aftersales.web.billing.view;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.aftersales.billing.boundary.BillingViews.ChargeView;
import org.aftersales.billing.boundary.BillingViews.PaymentInput;
import org.aftersales.billing.boundary.BillingViews.RefundInput;
import org.aftersales.billing.boundary.ChargeListing.ChargeQuery;
import org.aftersales.billing.boundary.ChargeListing.ChargeRow;
import org.aftersales.billing.boundary.Charges;
import org.aftersales.domain.billing.ChargePaymentMethod;
import org.aftersales.domain.billing.ChargeStatus;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.PageResult;
import org.aftersales.domain.shared.RuleViolationException;
import org.aftersales.domain.shared.UnknownEntityException;
import org.aftersales.tickets.boundary.TicketService;
import org.aftersales.web.shared.view.CurrentUser;
import org.aftersales.web.shared.view.ExcelExport;
import org.aftersales.web.shared.view.Feedback;
import org.aftersales.web.shared.view.PagedModel;
import org.aftersales.web.shared.view.StaffNames;
import org.omnifaces.cdi.Param;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.StreamedContent;

/**
 * 10.3 收费管理与监督: the charges (收费单), lazy and filtered by number, customer, status and day, to
 * Excel; one charge with its payments and refunds, where the counter or finance takes a payment in part
 * or whole (above the balance or not positive: the reason beside the field, nothing recorded), asks for
 * a refund (REFUND approval) and prints the receipt.
 */
@Named
@ViewScoped
public class ChargesView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int EXPORT_MAX = 20_000;

    @EJB
    private Charges charges;

    @EJB
    private TicketService tickets;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private StaffNames staffNames;

    /** ?number= opens one charge (the ticket page links here). */
    @Inject
    @Param(name = "number")
    private String number;

    private String query;
    private String customer;
    private ChargeStatus status;
    private LocalDate from;
    private LocalDate to;

    private final LazyDataModel<ChargeRow> rows = new PagedModel<>(this::page, ChargeRow::number);

    private ChargeView selected;
    private String selectedCustomer;
    private BigDecimal amount;
    private ChargePaymentMethod method = ChargePaymentMethod.CASH;
    private BigDecimal refundAmount;
    private String refundReason;

    @PostConstruct
    void init() {
        if (number != null && !number.isBlank()) {
            open(number.strip());
        }
    }

    PageResult<ChargeRow> page(int first, int size) {
        return charges.list(filter(), first, size);
    }

    ChargeQuery filter() {
        return new ChargeQuery(query, customer, status, from, to);
    }

    public void clearFilters() {
        query = customer = null;
        status = null;
        from = to = null;
    }

    /** Opens one charge below the list. */
    public void open(String chargeNumber) {
        try {
            selected = charges.get(chargeNumber);
            selectedCustomer = tickets.find(selected.ticketNumber())
                    .map(t -> t.customerName())
                    .orElse(null);
            amount = selected.balance().signum() > 0 ? selected.balance() : null;
            refundAmount = null;
            refundReason = null;
        } catch (UnknownEntityException e) {
            selected = null;
            Feedback.failed(e, "chargeForm");
        }
    }

    /** 10.3: a payment in part or whole; the balance and the list follow. */
    public void pay() {
        if (selected == null) {
            return;
        }
        if (amount == null) {
            Feedback.failed(new RuleViolationException(FieldError.of("amount", "validation.required")), "payForm");
            return;
        }
        try {
            selected = charges.pay(selected.number(), new PaymentInput(amount, method));
            Feedback.info(
                    "charges.paid.message",
                    amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString(),
                    selected.number());
            amount = selected.balance().signum() > 0 ? selected.balance() : null;
        } catch (RuntimeException e) {
            Feedback.failed(e, "payForm");
        }
    }

    /** W6: asks for a refund; it is paid out once approved (REFUND). */
    public void refund() {
        if (selected == null) {
            return;
        }
        List<FieldError> missing = new java.util.ArrayList<>();
        if (refundAmount == null) {
            missing.add(FieldError.of("amount", "validation.required"));
        }
        if (refundReason == null || refundReason.isBlank()) {
            missing.add(FieldError.of("reason", "validation.required"));
        }
        if (!missing.isEmpty()) {
            Feedback.failed(new RuleViolationException(missing), "refundForm");
            return;
        }
        try {
            selected = charges.refund(selected.number(), new RefundInput(refundAmount, refundReason));
            Feedback.info("charges.refundAsked", selected.number());
            refundAmount = null;
            refundReason = null;
        } catch (RuntimeException e) {
            Feedback.failed(e, "refundForm");
        }
    }

    public StreamedContent getExport() {
        return ExcelExport.of(
                "charges",
                currentUser.getZone(),
                Feedback.text("charges.title"),
                List.of(
                        Feedback.text("charges.number"),
                        Feedback.text("charges.ticket"),
                        Feedback.text("charges.customer"),
                        Feedback.text("charges.total"),
                        Feedback.text("charges.paid"),
                        Feedback.text("charges.refunded"),
                        Feedback.text("charges.balance"),
                        Feedback.text("charges.status"),
                        Feedback.text("charges.createdAt"),
                        Feedback.text("charges.createdBy")),
                this::page,
                r -> List.of(
                        r.number(),
                        r.ticketNumber(),
                        r.customerName() == null ? "" : r.customerName(),
                        r.total().toPlainString(),
                        r.paid().toPlainString(),
                        r.refunded().toPlainString(),
                        r.balance().toPlainString(),
                        Feedback.text("chargeStatus." + r.status().name()),
                        currentUser.time(r.createdAt()),
                        staffNames.of(r.createdBy())),
                EXPORT_MAX);
    }

    public boolean isMayRefund() {
        return selected != null && selected.paid().subtract(selected.refunded()).signum() > 0;
    }

    public ChargeStatus[] getStatuses() {
        return ChargeStatus.values();
    }

    public ChargePaymentMethod[] getMethods() {
        return ChargePaymentMethod.values();
    }

    public LazyDataModel<ChargeRow> getRows() {
        return rows;
    }

    public ChargeView getSelected() {
        return selected;
    }

    public String getSelectedCustomer() {
        return selectedCustomer;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public String getCustomer() {
        return customer;
    }

    public void setCustomer(String customer) {
        this.customer = customer;
    }

    public ChargeStatus getStatus() {
        return status;
    }

    public void setStatus(ChargeStatus status) {
        this.status = status;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public ChargePaymentMethod getMethod() {
        return method;
    }

    public void setMethod(ChargePaymentMethod method) {
        this.method = method;
    }

    public BigDecimal getRefundAmount() {
        return refundAmount;
    }

    public void setRefundAmount(BigDecimal refundAmount) {
        this.refundAmount = refundAmount;
    }

    public String getRefundReason() {
        return refundReason;
    }

    public void setRefundReason(String refundReason) {
        this.refundReason = refundReason;
    }
}
