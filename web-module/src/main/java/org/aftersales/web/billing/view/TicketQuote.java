package org.aftersales.web.billing.view;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Base64;
import org.aftersales.billing.boundary.BillingViews.AcceptanceInput;
import org.aftersales.billing.boundary.BillingViews.ChargeView;
import org.aftersales.billing.boundary.BillingViews.FeeScheduleView;
import org.aftersales.billing.boundary.BillingViews.QuoteInput;
import org.aftersales.billing.boundary.BillingViews.QuoteView;
import org.aftersales.billing.boundary.Charges;
import org.aftersales.billing.boundary.FeeSchedules;
import org.aftersales.billing.boundary.Quotes;
import org.aftersales.domain.accounts.Roles;
import org.aftersales.domain.billing.AcceptanceMethod;
import org.aftersales.domain.billing.Payer;
import org.aftersales.domain.billing.QuoteState;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.RuleViolationException;
import org.aftersales.domain.shared.UnknownEntityException;
import org.aftersales.tickets.boundary.TicketService;
import org.aftersales.tickets.boundary.TicketViews.TicketView;
import org.aftersales.web.shared.view.CurrentUser;
import org.aftersales.web.shared.view.Feedback;
import org.omnifaces.cdi.Param;

/**
 * B2, B3 on the ticket page (and the technician's phone): the ticket's quote, made from its records or
 * typed, with its lines, cost, markup, tax, total, payer and the fee schedule version it used; the
 * customer's agreement by signature on the pad or a recorded phone consent; a decline; for the counter
 * (AGENT, FINANCE) the charge (收费单) of an agreed quote. A technician sees it on their own tickets only.
 */
@Named
@ViewScoped
public class TicketQuote implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String DATA_URL = "data:image/png;base64,";
    static final String FORM = "quoteForm";

    @EJB
    private Quotes quotes;

    @EJB
    private FeeSchedules feeSchedules;

    @EJB
    private Charges charges;

    @EJB
    private TicketService tickets;

    @Inject
    private CurrentUser currentUser;

    @Inject
    @Param(name = "number")
    private String number;

    private TicketView ticket;
    private QuoteView quote;
    private FeeScheduleView inForce;
    private ChargeView charge;
    private String signaturePng; // the quote's signature as a data URL, for the page

    // what is typed
    private BigDecimal materials;
    private BigDecimal labour;
    private BigDecimal travel;
    private BigDecimal tax;
    private BigDecimal discount;
    private String discountReason;
    private String signatureLines;
    private String signatureInput;
    private String signer;
    private String phoneBy;
    private LocalDateTime phoneAt;
    private String declineReason;

    @PostConstruct
    void load() {
        ticket = number == null ? null : tickets.find(number).orElse(null);
        if (!isVisible()) {
            return;
        }
        reload();
    }

    private void reload() {
        if (number == null) {
            return;
        }
        ticket = tickets.find(number).orElse(ticket);
        try {
            quote = quotes.get(number);
        } catch (UnknownEntityException e) {
            quote = null;
        }
        inForce = feeSchedules.inForce().orElse(null);
        signaturePng = quote != null && quote.signed()
                ? quotes.signature(number)
                        .map(b -> DATA_URL + Base64.getEncoder().encodeToString(b))
                        .orElse(null)
                : null;
        charge = mayCharge() ? charges.ofTicket(number).orElse(null) : null;
    }

    /** Everyone who quotes: the counter and the office; a technician on the tickets assigned to them (T8). */
    public boolean isVisible() {
        if (ticket == null) {
            return false;
        }
        return currentUser.has(Roles.AGENT)
                || currentUser.has(Roles.DISPATCHER)
                || currentUser.has(Roles.FINANCE)
                || currentUser.has(Roles.MANAGER)
                || currentUser.has(Roles.ADMIN)
                || currentUser.has(Roles.TECHNICIAN)
                        && currentUser.getUsername().equals(ticket.technician());
    }

    /** A quote is (re)made while the ticket is open and no customer decided (a draft only). */
    public boolean isMayQuote() {
        return ticket != null && !ticket.status().isFinal() && (quote == null || quote.state() == QuoteState.DRAFT);
    }

    /** The customer may agree or decline a draft (a discount awaiting approval waits). */
    public boolean isMayDecide() {
        return quote != null
                && quote.state() == QuoteState.DRAFT
                && ticket != null
                && !ticket.status().isFinal();
    }

    /** The counter and finance make the charge (收费单) and take the money. */
    public boolean mayCharge() {
        return currentUser.has(Roles.AGENT)
                || currentUser.has(Roles.FINANCE)
                || currentUser.has(Roles.MANAGER)
                || currentUser.has(Roles.ADMIN);
    }

    /** An agreed (or declined with an inspection fee) quote whose customer pays, not yet charged. */
    public boolean isMayMakeCharge() {
        return mayCharge()
                && charge == null
                && quote != null
                && (quote.state() == QuoteState.ACCEPTED || quote.state() == QuoteState.DECLINED)
                && quote.customerPays().signum() > 0;
    }

    /** B2: from the ticket's records (parts issued, hours, distance band, on-site fee, tax). */
    public void compute() {
        make(new QuoteInput(null, null, null, null, discount, discountReason));
    }

    /** B2: the amounts as typed (a missing tax is computed from the rate). */
    public void typed() {
        if (materials == null && labour == null && travel == null && tax == null) {
            Feedback.failed(new RuleViolationException(FieldError.of("materials", "validation.required")), FORM);
            return;
        }
        make(new QuoteInput(materials, labour, travel, tax, discount, discountReason));
    }

    private void make(QuoteInput input) {
        try {
            quote = quotes.quote(number, input);
            Feedback.info(
                    quote.state() == QuoteState.AWAITING_APPROVAL ? "quotePanel.awaitingApproval" : "quotePanel.quoted",
                    number);
            reload();
        } catch (RuntimeException e) {
            Feedback.failed(e, FORM);
        }
    }

    /** B3: the customer signs on the pad. */
    public void acceptBySignature() {
        if (signatureInput == null
                || !signatureInput.startsWith(DATA_URL)
                || signatureLines == null
                || signatureLines.isBlank()) {
            Feedback.failed(
                    new RuleViolationException(FieldError.of("quoteSignature", "validation.signatureMissing")), FORM);
            return;
        }
        byte[] png;
        try {
            png = Base64.getDecoder().decode(signatureInput.substring(DATA_URL.length()));
        } catch (IllegalArgumentException e) {
            Feedback.failed(new RuleViolationException(FieldError.of("quoteSignature", "validation.signature")), FORM);
            return;
        }
        accept(new AcceptanceInput(AcceptanceMethod.SIGNATURE, signer, null, png), "signer");
    }

    /** B3: the customer agreed on the phone: who, when; the caller is recorded as the one who took it. */
    public void acceptByPhone() {
        Instant at =
                phoneAt == null ? null : phoneAt.atZone(currentUser.getZone()).toInstant();
        accept(new AcceptanceInput(AcceptanceMethod.PHONE, phoneBy, at, null), "phoneBy");
    }

    private void accept(AcceptanceInput input, String byField) {
        if (input.by() == null || input.by().isBlank()) {
            Feedback.failed(new RuleViolationException(FieldError.of(byField, "validation.required")), FORM);
            return;
        }
        try {
            quotes.accept(number, input);
            Feedback.info("quotePanel.accepted", number);
            signatureLines = signatureInput = null;
            reload();
        } catch (RuleViolationException e) {
            // the aggregate names "by" and "at": they are the fields of the way chosen here
            Feedback.failed(
                    new RuleViolationException(e.errors().stream()
                            .map(f -> f.field().equals("by")
                                    ? FieldError.of(
                                            byField, f.messageKey(), f.args().toArray())
                                    : f.field().equals("at")
                                            ? FieldError.of(
                                                    "phoneAt",
                                                    f.messageKey(),
                                                    f.args().toArray())
                                            : f)
                            .toList()),
                    FORM);
        } catch (RuntimeException e) {
            Feedback.failed(e, FORM);
        }
    }

    /** B3: the customer declines: the ticket is cancelled with the reason (the inspection fee stays). */
    public void decline() {
        if (declineReason == null || declineReason.isBlank()) {
            Feedback.failed(new RuleViolationException(FieldError.of("declineReason", "validation.required")), FORM);
            return;
        }
        try {
            quotes.decline(number, declineReason);
            Feedback.info("quotePanel.declined", number);
            // the ticket is cancelled: the whole page shows it
            org.omnifaces.util.Faces.getFlash().setKeepMessages(true);
            org.omnifaces.util.Faces.redirect("ticket.xhtml?number=%s", number);
        } catch (RuntimeException e) {
            Feedback.failed(e, FORM);
        }
    }

    /** 10.3: the charge (收费单) of the agreed quote. */
    public void makeCharge() {
        try {
            charge = charges.charge(number);
            Feedback.info("quotePanel.charged", charge.number());
        } catch (RuntimeException e) {
            Feedback.failed(e, FORM);
        }
    }

    public boolean isWarranty() {
        return quote != null && quote.payer() == Payer.WARRANTY;
    }

    public TicketView getTicket() {
        return ticket;
    }

    /** What a line says beside its category, as the printed quote says it (rates as 13 %, not 0.13). */
    public String details(org.aftersales.billing.boundary.BillingViews.LineView line) {
        return quote == null ? "" : org.aftersales.web.billing.print.BillingForms.details(line, quote);
    }

    public QuoteView getQuote() {
        return quote;
    }

    public FeeScheduleView getInForce() {
        return inForce;
    }

    public ChargeView getCharge() {
        return charge;
    }

    public String getSignatureImage() {
        return signaturePng;
    }

    public BigDecimal getMaterials() {
        return materials;
    }

    public void setMaterials(BigDecimal materials) {
        this.materials = materials;
    }

    public BigDecimal getLabour() {
        return labour;
    }

    public void setLabour(BigDecimal labour) {
        this.labour = labour;
    }

    public BigDecimal getTravel() {
        return travel;
    }

    public void setTravel(BigDecimal travel) {
        this.travel = travel;
    }

    public BigDecimal getTax() {
        return tax;
    }

    public void setTax(BigDecimal tax) {
        this.tax = tax;
    }

    public BigDecimal getDiscount() {
        return discount;
    }

    public void setDiscount(BigDecimal discount) {
        this.discount = discount;
    }

    public String getDiscountReason() {
        return discountReason;
    }

    public void setDiscountReason(String discountReason) {
        this.discountReason = discountReason;
    }

    public String getSignatureLines() {
        return signatureLines;
    }

    public void setSignatureLines(String signatureLines) {
        this.signatureLines = signatureLines;
    }

    public String getSignatureInput() {
        return signatureInput;
    }

    public void setSignatureInput(String signatureInput) {
        this.signatureInput = signatureInput;
    }

    public String getSigner() {
        return signer;
    }

    public void setSigner(String signer) {
        this.signer = signer;
    }

    public String getPhoneBy() {
        return phoneBy;
    }

    public void setPhoneBy(String phoneBy) {
        this.phoneBy = phoneBy;
    }

    public LocalDateTime getPhoneAt() {
        return phoneAt;
    }

    public void setPhoneAt(LocalDateTime phoneAt) {
        this.phoneAt = phoneAt;
    }

    public String getDeclineReason() {
        return declineReason;
    }

    public void setDeclineReason(String declineReason) {
        this.declineReason = declineReason;
    }
}
