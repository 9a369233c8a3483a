package org.aftersales.web.quality.view;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aftersales.customers.boundary.CustomerService;
import org.aftersales.customers.boundary.CustomerViews.CustomerQuery;
import org.aftersales.customers.boundary.CustomerViews.CustomerView;
import org.aftersales.customers.boundary.CustomerViews.SortField;
import org.aftersales.domain.accounts.Roles;
import org.aftersales.domain.quality.ComplaintCategory;
import org.aftersales.domain.quality.ComplaintChannel;
import org.aftersales.domain.quality.ComplaintFlow;
import org.aftersales.domain.quality.ComplaintSeverity;
import org.aftersales.domain.quality.ComplaintState;
import org.aftersales.domain.quality.ReplyMethod;
import org.aftersales.domain.shared.ConflictException;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.RuleViolationException;
import org.aftersales.domain.shared.UnknownEntityException;
import org.aftersales.quality.boundary.Complaints;
import org.aftersales.quality.boundary.QualityViews;
import org.aftersales.quality.boundary.QualityViews.ComplaintStep;
import org.aftersales.quality.boundary.QualityViews.ComplaintView;
import org.aftersales.quality.boundary.QualityViews.NewComplaint;
import org.aftersales.settings.boundary.SettingReader;
import org.aftersales.web.shared.view.CurrentUser;
import org.aftersales.web.shared.view.Feedback;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

/**
 * Q1, Q2: one complaint (客户投诉处理报告单). Without a number: taking a complaint on the phone, from a
 * letter or the web, with the reply time promised shown before the call ends. With one: the report
 * form, its history and the one step the flow allows next (classify → investigate with owner and
 * department → solve → reply, signed off through an approval → archive); no other step is offered.
 */
@Named
@ViewScoped
public class ComplaintPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int CUSTOMER_CHOICES = 15;
    private static final Pattern CUSTOMER_ID = Pattern.compile("^\\s*(\\d{1,18})\\b.*");

    @EJB
    private Complaints complaints;

    @EJB
    private CustomerService customers;

    @Inject
    private SettingReader settings;

    @Inject
    private CurrentUser currentUser;

    @Inject
    @Param(name = "number")
    private String number;

    /** ?ticket= / ?serial= / ?customer= of a link from a ticket, product or customer. */
    @Inject
    @Param(name = "ticket")
    private String ticketParam;

    @Inject
    @Param(name = "serial")
    private String serialParam;

    private ComplaintView complaint;
    private CustomerView customer;

    // taking a complaint
    private ComplaintChannel channel = ComplaintChannel.PHONE;
    private String customerText;
    private String serialNumber;
    private String ticketNumber;
    private ComplaintCategory category;
    private ComplaintSeverity severity = ComplaintSeverity.NORMAL;
    private String description;

    // the next step
    private String note;
    private String owner;
    private String department;
    private ReplyMethod replyMethod;
    private String customerReaction;

    @PostConstruct
    void load() {
        if (number == null || number.isBlank()) {
            number = null;
            ticketNumber = ticketParam;
            serialNumber = serialParam;
            return;
        }
        reload();
    }

    private void reload() {
        try {
            complaint = complaints.get(number);
            // Q2: the classification step starts from the category and severity taken
            category = complaint.category();
            severity = complaint.severity();
            customer = complaint.customerId() == null
                    ? null
                    : customers.find(complaint.customerId()).orElse(null);
        } catch (UnknownEntityException e) {
            complaint = null;
        }
    }

    public boolean isTaking() {
        return number == null;
    }

    /** Q1: the customers whose name or phone contains what was typed, as "id · name · phone". */
    public List<String> completeCustomer(String query) {
        if (query == null || query.strip().length() < 1) {
            return List.of();
        }
        return customers
                .search(
                        new CustomerQuery(query.strip(), null, null, null, null, null),
                        0,
                        CUSTOMER_CHOICES,
                        SortField.NAME,
                        true)
                .items()
                .stream()
                .map(c -> c.id() + " · " + c.name() + (c.phone() == null ? "" : " · " + c.phone()))
                .toList();
    }

    /** Q1: the reply time promised for the severity chosen, as the agent tells the customer. */
    public Instant getPromisedReply() {
        return ComplaintSeverity.replyBy(Instant.now(), getPromisedHours());
    }

    /** Q1: what the agent says before the call ends: "we will reply by … (within n hours)". */
    public String getPromise() {
        return Feedback.text("complaint.promise", currentUser.time(getPromisedReply()), getPromisedHours());
    }

    public int getPromisedHours() {
        ComplaintSeverity s = severity == null ? ComplaintSeverity.NORMAL : severity;
        return Math.max(1, settings.number(s.settingKey(), s.defaultReplyHours()));
    }

    /** Q1: takes the complaint; the page then shows it with the reply promised. */
    public String accept() {
        Long customerId = null;
        if (customerText != null && !customerText.isBlank()) {
            Matcher m = CUSTOMER_ID.matcher(customerText);
            if (!m.matches()) {
                Feedback.failed(
                        new RuleViolationException(FieldError.of("customer", "complaint.customerPick")), "takeForm");
                return null;
            }
            customerId = Long.valueOf(m.group(1));
        }
        try {
            ComplaintView taken = complaints.accept(new NewComplaint(
                    customerId,
                    blankToNull(serialNumber),
                    blankToNull(ticketNumber),
                    channel,
                    category,
                    severity,
                    description));
            Faces.getFlash().setKeepMessages(true);
            Feedback.info("complaint.accepted", taken.number(), currentUser.time(taken.replyBy()));
            return "/complaint?faces-redirect=true&number=" + taken.number();
        } catch (RuleViolationException e) {
            Feedback.failed(renamed(e), "takeForm");
        } catch (EJBAccessException e) {
            Feedback.error("complaint.notAllowed");
        }
        return null;
    }

    /** The boundary names the customer {@code customerId}; the page's field is {@code customer}. */
    private static RuleViolationException renamed(RuleViolationException e) {
        return new RuleViolationException(e.errors().stream()
                .map(f -> "customerId".equals(f.field())
                        ? FieldError.of("customer", f.messageKey(), f.args().toArray())
                        : f)
                .toList());
    }

    /** Q2: the step the flow allows next, if the user may take it and no reply waits for approval. */
    public ComplaintState getNextStep() {
        if (complaint == null || complaint.replyPending() || !mayStep()) {
            return null;
        }
        return ComplaintFlow.next(complaint.state()).orElse(null);
    }

    /** The heading, the note's label and the button of the next step (explicit keys, one per step). */
    public String getStepTitle() {
        return stepText(0);
    }

    public String getStepNoteLabel() {
        return stepText(1);
    }

    public String getStepAction() {
        return stepText(2);
    }

    private String stepText(int which) {
        ComplaintState next = getNextStep();
        if (next == null) {
            return "";
        }
        String[] keys = switch (next) {
            case CLASSIFIED ->
                new String[] {"complaint.step.CLASSIFIED", "complaint.note.CLASSIFIED", "complaint.do.CLASSIFIED"};
            case INVESTIGATING ->
                new String[] {
                    "complaint.step.INVESTIGATING", "complaint.note.INVESTIGATING", "complaint.do.INVESTIGATING"
                };
            case SOLVED -> new String[] {"complaint.step.SOLVED", "complaint.note.SOLVED", "complaint.do.SOLVED"};
            case REPLIED -> new String[] {"complaint.step.REPLIED", "complaint.note.REPLIED", "complaint.do.REPLIED"};
            case ARCHIVED ->
                new String[] {"complaint.step.ARCHIVED", "complaint.note.ARCHIVED", "complaint.do.ARCHIVED"};
            case ACCEPTED -> new String[] {"", "", ""};
        };
        return keys[which].isEmpty() ? "" : Feedback.text(keys[which]);
    }

    public boolean mayStep() {
        return currentUser.has(Roles.QUALITY) || currentUser.has(Roles.MANAGER) || currentUser.has(Roles.ADMIN);
    }

    /** Q2: records the next step; REPLIED submits the reply for approval. */
    public void step() {
        ComplaintState next = getNextStep();
        if (next == null) {
            return;
        }
        try {
            complaint = complaints.record(
                    number,
                    new ComplaintStep(
                            next,
                            blankToNull(note),
                            next == ComplaintState.INVESTIGATING ? blankToNull(owner) : null,
                            next == ComplaintState.INVESTIGATING ? blankToNull(department) : null,
                            next == ComplaintState.REPLIED ? replyMethod : null,
                            next == ComplaintState.REPLIED ? blankToNull(customerReaction) : null,
                            next == ComplaintState.CLASSIFIED ? category : null,
                            next == ComplaintState.CLASSIFIED ? severity : null));
            Feedback.info(
                    complaint.replyPending() ? "complaint.replySubmitted" : "complaint.stepDone",
                    Feedback.text("complaintState." + complaint.state()));
            note = owner = department = customerReaction = null;
            replyMethod = null;
            category = complaint.category();
            severity = complaint.severity();
        } catch (RuleViolationException e) {
            Feedback.failed(e, "stepForm");
        } catch (ConflictException | UnknownEntityException e) {
            Feedback.failed(e, "stepForm");
            reload();
        } catch (EJBAccessException e) {
            Feedback.error("complaint.notAllowed");
        }
    }

    /** Q2: what a CLASSIFIED step changed, as the history shows it ("类别：服务态度 → 产品质量"), or "". */
    public String changes(QualityViews.ComplaintEventView e) {
        StringBuilder text = new StringBuilder();
        if (e.categoryTo() != null) {
            text.append(Feedback.text(
                    "complaint.changed.category",
                    Feedback.text("complaintCategory." + e.categoryFrom()),
                    Feedback.text("complaintCategory." + e.categoryTo())));
        }
        if (e.severityTo() != null) {
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append(Feedback.text(
                    "complaint.changed.severity",
                    Feedback.text("complaintSeverity." + e.severityFrom()),
                    Feedback.text("complaintSeverity." + e.severityTo())));
        }
        return text.toString();
    }

    /** Q1: the promised reply is owed and its time has passed. */
    public boolean isOverdue() {
        return complaint != null
                && ComplaintFlow.replyOwed(complaint.state())
                && complaint.replyBy().isBefore(Instant.now());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public ComplaintChannel[] getChannels() {
        // the desk takes what comes by phone, letter or the web; the others arrive on their own
        return new ComplaintChannel[] {ComplaintChannel.PHONE, ComplaintChannel.LETTER, ComplaintChannel.WEB};
    }

    public ComplaintCategory[] getCategories() {
        return ComplaintCategory.values();
    }

    public ComplaintSeverity[] getSeverities() {
        return ComplaintSeverity.values();
    }

    public ReplyMethod[] getReplyMethods() {
        return ReplyMethod.values();
    }

    public ComplaintView getComplaint() {
        return complaint;
    }

    public CustomerView getCustomer() {
        return customer;
    }

    public String getNumber() {
        return number;
    }

    public ComplaintChannel getChannel() {
        return channel;
    }

    public void setChannel(ComplaintChannel channel) {
        this.channel = channel;
    }

    public String getCustomerText() {
        return customerText;
    }

    public void setCustomerText(String customerText) {
        this.customerText = customerText;
    }

    public String getSerialNumber() {
        return serialNumber;
    }

    public void setSerialNumber(String serialNumber) {
        this.serialNumber = serialNumber;
    }

    public String getTicketNumber() {
        return ticketNumber;
    }

    public void setTicketNumber(String ticketNumber) {
        this.ticketNumber = ticketNumber;
    }

    public ComplaintCategory getCategory() {
        return category;
    }

    public void setCategory(ComplaintCategory category) {
        this.category = category;
    }

    public ComplaintSeverity getSeverity() {
        return severity;
    }

    public void setSeverity(ComplaintSeverity severity) {
        this.severity = severity;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public ReplyMethod getReplyMethod() {
        return replyMethod;
    }

    public void setReplyMethod(ReplyMethod replyMethod) {
        this.replyMethod = replyMethod;
    }

    public String getCustomerReaction() {
        return customerReaction;
    }

    public void setCustomerReaction(String customerReaction) {
        this.customerReaction = customerReaction;
    }
}
