package org.aftersales.web.tickets.dealer.view;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.aftersales.customers.boundary.CustomerService;
import org.aftersales.customers.boundary.CustomerViews.CustomerQuery;
import org.aftersales.customers.boundary.CustomerViews.CustomerRow;
import org.aftersales.customers.boundary.CustomerViews.SortField;
import org.aftersales.domain.accounts.Roles;
import org.aftersales.domain.customers.CustomerType;
import org.aftersales.domain.shared.ConflictException;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.RuleViolationException;
import org.aftersales.domain.shared.UnknownEntityException;
import org.aftersales.domain.tickets.dealer.Appearance;
import org.aftersales.domain.tickets.dealer.Arrival;
import org.aftersales.domain.tickets.dealer.DealerReturnStage;
import org.aftersales.domain.tickets.dealer.Disposition;
import org.aftersales.domain.tickets.dealer.FunctionCheck;
import org.aftersales.domain.tickets.dealer.Handling;
import org.aftersales.domain.tickets.dealer.Judgement;
import org.aftersales.domain.tickets.dealer.WantedHandling;
import org.aftersales.tickets.dealer.boundary.DealerReturnViews.DealerReturnView;
import org.aftersales.tickets.dealer.boundary.DealerReturnViews.DecisionInput;
import org.aftersales.tickets.dealer.boundary.DealerReturnViews.DispositionInput;
import org.aftersales.tickets.dealer.boundary.DealerReturnViews.JudgementInput;
import org.aftersales.tickets.dealer.boundary.DealerReturnViews.NewDealerReturn;
import org.aftersales.tickets.dealer.boundary.DealerReturnViews.ReceivingInput;
import org.aftersales.tickets.dealer.boundary.DealerReturns;
import org.aftersales.web.shared.view.CurrentUser;
import org.aftersales.web.shared.view.Feedback;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

/**
 * T7: one dealer return (产品售后管理表), laid out like the paper. Without a number: the dealer's part
 * (items 1–8) to register, which opens the linked ticket. With one: the form, and the stage whose turn
 * it is editable — receiving check (9–10), judgement (11), decision (12), disposition (13).
 */
@Named
@ViewScoped
public class DealerReturnPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int DEALERS_MAX = 500;

    @EJB
    private DealerReturns returns;

    @EJB
    private CustomerService customers;

    @Inject
    private CurrentUser currentUser;

    /** ?number= of the link that opened a filed form (none: a new one), injected when the view is created. */
    @Inject
    @Param(name = "number")
    private String number;

    /** ?dealer= of a link from a dealer's page, preselecting the dealer of a new form. */
    @Inject
    @Param(name = "dealer")
    private String dealerParam;

    private DealerReturnView form;

    // items 1–8
    private Long dealerId;
    private LocalDate feedbackDate;
    private String model;
    private String colour;
    private String serialNumber;
    private LocalDate purchaseDate;
    private String problem;
    private Arrival arrival = Arrival.BROUGHT_IN;
    private String courierCompany;
    private String trackingNumber;
    private WantedHandling wantedHandling;
    private Integer turnaroundDays;
    private List<CustomerRow> dealers;
    private List<Integer> turnarounds;

    // items 9–13
    private LocalDateTime receivedAt;
    private Appearance appearance;
    private FunctionCheck function;
    private String functionNote;
    private String accessories;
    private String receivingNote;
    private Judgement judgement;
    private String judgementNote;
    private Handling handling;
    private String decisionNote;
    private Disposition disposition;
    private String dispositionNote;

    @PostConstruct
    void load() {
        if (number == null || number.isBlank()) {
            number = null;
            feedbackDate = currentUser.today();
            dealerId = dealerParam != null && dealerParam.matches("\\d{1,18}") ? Long.valueOf(dealerParam) : null;
            dealers = customers
                    .search(
                            new CustomerQuery(null, null, CustomerType.DEALER, null, null, null),
                            0,
                            DEALERS_MAX,
                            SortField.NAME,
                            true)
                    .items();
            turnarounds = new ArrayList<>(returns.turnarounds().days());
        }
        reload();
    }

    private void reload() {
        try {
            form = number == null ? null : returns.get(number);
        } catch (UnknownEntityException e) {
            form = null;
        }
    }

    public boolean isRegistering() {
        return number == null;
    }

    /** T7, T10: files the dealer's part; the page then shows the form under its number. */
    public String register() {
        if (dealerId == null) {
            Feedback.failed(
                    new RuleViolationException(FieldError.of("dealerCustomerId", "validation.required")),
                    "registerForm");
            return null;
        }
        try {
            DealerReturnView created = returns.register(new NewDealerReturn(
                    dealerId,
                    null,
                    feedbackDate,
                    model,
                    colour,
                    serialNumber,
                    purchaseDate,
                    problem,
                    arrival,
                    courierCompany,
                    trackingNumber,
                    wantedHandling,
                    turnaroundDays));
            Faces.getFlash().setKeepMessages(true);
            Feedback.info("dealerReturn.registered", created.number(), created.ticketNumber());
            return "/dealer-return?faces-redirect=true&number=" + created.number();
        } catch (RuleViolationException e) {
            Feedback.failed(e, "registerForm");
        } catch (EJBAccessException e) {
            Feedback.error("dealerReturn.notAllowed");
        }
        return null;
    }

    public void receive() {
        act(
                "receivingForm",
                DealerReturnStage.RECEIVED,
                () -> returns.receive(
                        number,
                        new ReceivingInput(
                                form.version(),
                                receivedAt == null
                                        ? null
                                        : receivedAt
                                                .atZone(currentUser.getZone())
                                                .toInstant(),
                                appearance,
                                function,
                                functionNote,
                                accessories,
                                receivingNote)));
    }

    public void judge() {
        act(
                "judgementForm",
                DealerReturnStage.JUDGED,
                () -> returns.judge(number, new JudgementInput(form.version(), judgement, judgementNote)));
    }

    public void decide() {
        act(
                "decisionForm",
                DealerReturnStage.DECIDED,
                () -> returns.decide(number, new DecisionInput(form.version(), handling, decisionNote)));
    }

    public void dispose() {
        act(
                "dispositionForm",
                DealerReturnStage.CLOSED,
                () -> returns.dispose(number, new DispositionInput(form.version(), disposition, dispositionNote)));
    }

    private void act(String formId, DealerReturnStage stage, java.util.function.Supplier<DealerReturnView> call) {
        try {
            form = call.get();
            Feedback.info("dealerReturn.saved", Feedback.text("dealerReturnStage." + stage));
        } catch (RuleViolationException | ConflictException e) {
            Feedback.failed(e, formId);
            if (e instanceof ConflictException) {
                reload();
            }
        } catch (EJBAccessException e) {
            Feedback.error("dealerReturn.notAllowed");
        }
    }

    /** The stage whose turn it is, editable by the caller's roles (T7, EventPermissions for RECEIVED). */
    public boolean canEdit(DealerReturnStage target) {
        if (form == null || !form.stage().isOpen() || form.stage().next() != target) {
            return false;
        }
        if (target == DealerReturnStage.RECEIVED) {
            return currentUser.has(Roles.AGENT)
                    || currentUser.has(Roles.DISPATCHER)
                    || currentUser.has(Roles.MANAGER)
                    || currentUser.has(Roles.ADMIN);
        }
        return true;
    }

    /** "■ 良好 □ 刮花 □ 破损": every choice of the paper, the chosen one filled. */
    public String choices(String prefix, Enum<?>[] all, Enum<?> chosen) {
        List<String> boxes = new ArrayList<>();
        for (Enum<?> value : all) {
            boxes.add((value == chosen ? "■ " : "□ ") + Feedback.text(prefix + value.name()));
        }
        return String.join("　", boxes);
    }

    /** "5天" */
    public String days(int days) {
        return Feedback.text("dealerReturn.days", days);
    }

    public DealerReturnView getForm() {
        return form;
    }

    public String getNumber() {
        return number;
    }

    public List<CustomerRow> getDealers() {
        return dealers;
    }

    public List<Integer> getTurnarounds() {
        return turnarounds;
    }

    public Arrival[] getArrivals() {
        return Arrival.values();
    }

    public WantedHandling[] getWantedHandlings() {
        return WantedHandling.values();
    }

    public Appearance[] getAppearances() {
        return Appearance.values();
    }

    public FunctionCheck[] getFunctions() {
        return FunctionCheck.values();
    }

    public Judgement[] getJudgements() {
        return Judgement.values();
    }

    public Handling[] getHandlings() {
        return Handling.values();
    }

    public Disposition[] getDispositions() {
        return Disposition.values();
    }

    public Long getDealerId() {
        return dealerId;
    }

    public void setDealerId(Long dealerId) {
        this.dealerId = dealerId;
    }

    public LocalDate getFeedbackDate() {
        return feedbackDate;
    }

    public void setFeedbackDate(LocalDate feedbackDate) {
        this.feedbackDate = feedbackDate;
    }

    public String getModel() {
        return model;
    }

    public void setModel(String model) {
        this.model = model;
    }

    public String getColour() {
        return colour;
    }

    public void setColour(String colour) {
        this.colour = colour;
    }

    public String getSerialNumber() {
        return serialNumber;
    }

    public void setSerialNumber(String serialNumber) {
        this.serialNumber = serialNumber;
    }

    public LocalDate getPurchaseDate() {
        return purchaseDate;
    }

    public void setPurchaseDate(LocalDate purchaseDate) {
        this.purchaseDate = purchaseDate;
    }

    public String getProblem() {
        return problem;
    }

    public void setProblem(String problem) {
        this.problem = problem;
    }

    public Arrival getArrival() {
        return arrival;
    }

    public void setArrival(Arrival arrival) {
        this.arrival = arrival;
    }

    public String getCourierCompany() {
        return courierCompany;
    }

    public void setCourierCompany(String courierCompany) {
        this.courierCompany = courierCompany;
    }

    public String getTrackingNumber() {
        return trackingNumber;
    }

    public void setTrackingNumber(String trackingNumber) {
        this.trackingNumber = trackingNumber;
    }

    public WantedHandling getWantedHandling() {
        return wantedHandling;
    }

    public void setWantedHandling(WantedHandling wantedHandling) {
        this.wantedHandling = wantedHandling;
    }

    public Integer getTurnaroundDays() {
        return turnaroundDays;
    }

    public void setTurnaroundDays(Integer turnaroundDays) {
        this.turnaroundDays = turnaroundDays;
    }

    public LocalDateTime getReceivedAt() {
        return receivedAt;
    }

    public void setReceivedAt(LocalDateTime receivedAt) {
        this.receivedAt = receivedAt;
    }

    public Appearance getAppearance() {
        return appearance;
    }

    public void setAppearance(Appearance appearance) {
        this.appearance = appearance;
    }

    public FunctionCheck getFunction() {
        return function;
    }

    public void setFunction(FunctionCheck function) {
        this.function = function;
    }

    public String getFunctionNote() {
        return functionNote;
    }

    public void setFunctionNote(String functionNote) {
        this.functionNote = functionNote;
    }

    public String getAccessories() {
        return accessories;
    }

    public void setAccessories(String accessories) {
        this.accessories = accessories;
    }

    public String getReceivingNote() {
        return receivingNote;
    }

    public void setReceivingNote(String receivingNote) {
        this.receivingNote = receivingNote;
    }

    public Judgement getJudgement() {
        return judgement;
    }

    public void setJudgement(Judgement judgement) {
        this.judgement = judgement;
    }

    public String getJudgementNote() {
        return judgementNote;
    }

    public void setJudgementNote(String judgementNote) {
        this.judgementNote = judgementNote;
    }

    public Handling getHandling() {
        return handling;
    }

    public void setHandling(Handling handling) {
        this.handling = handling;
    }

    public String getDecisionNote() {
        return decisionNote;
    }

    public void setDecisionNote(String decisionNote) {
        this.decisionNote = decisionNote;
    }

    public Disposition getDisposition() {
        return disposition;
    }

    public void setDisposition(Disposition disposition) {
        this.disposition = disposition;
    }

    public String getDispositionNote() {
        return dispositionNote;
    }

    public void setDispositionNote(String dispositionNote) {
        this.dispositionNote = dispositionNote;
    }
}
