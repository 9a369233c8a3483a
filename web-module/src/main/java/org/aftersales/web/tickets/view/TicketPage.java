package org.aftersales.web.tickets.view;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.aftersales.accounts.boundary.StaffMember;
import org.aftersales.accounts.boundary.UserService;
import org.aftersales.domain.accounts.Role;
import org.aftersales.domain.accounts.Roles;
import org.aftersales.domain.shared.ConflictException;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.RuleViolationException;
import org.aftersales.domain.shared.UnknownEntityException;
import org.aftersales.domain.tickets.InstallationCheck;
import org.aftersales.domain.tickets.ServiceKind;
import org.aftersales.domain.tickets.TicketEventType;
import org.aftersales.tickets.boundary.TicketService;
import org.aftersales.tickets.boundary.TicketViews.EventRequest;
import org.aftersales.tickets.boundary.TicketViews.ServiceRecordInput;
import org.aftersales.tickets.boundary.TicketViews.TicketView;
import org.aftersales.web.shared.view.CurrentUser;
import org.aftersales.web.shared.view.Feedback;
import org.omnifaces.cdi.Param;

/**
 * T3–T8, T12: one ticket — its data, the SLA clocks, the history, the events the status allows
 * (dispatch with the M2 check, arrival, solution, resolution, acceptance, carry-in steps, close,
 * cancel, reopen, note), the service record with the customer's signature, the installation
 * checklist and the printed forms.
 */
@Named
@ViewScoped
public class TicketPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String DATA_URL = "data:image/png;base64,";

    @EJB
    private TicketService tickets;

    @EJB
    private UserService users;

    @Inject
    private CurrentUser currentUser;

    /** ?number= of the link that opened the page, injected when the view is created. */
    @Inject
    @Param(name = "number")
    private String number;

    private TicketView ticket;

    // the event form
    private TicketEventType eventType;
    private LocalDateTime eventAt;
    private String technician;
    private String note;
    private String item;
    private String condition;
    private String person;
    private String pickupCode;

    // the service record
    private String diagnosis;
    private String solution;
    private String workDone;
    private String partsUsed;
    private BigDecimal hours;

    // the signature
    private String signatureLines;
    private String signaturePng;
    private String signedBy;

    private Map<InstallationCheck, Boolean> checks = new EnumMap<>(InstallationCheck.class);

    @PostConstruct
    void load() {
        reload();
    }

    private void reload() {
        try {
            ticket = number == null ? null : tickets.get(number);
        } catch (UnknownEntityException e) {
            ticket = null;
        }
        if (ticket != null) {
            diagnosis = ticket.diagnosis();
            solution = ticket.solution();
            workDone = ticket.workDone();
            partsUsed = ticket.partsUsed();
            hours = ticket.hours();
            checks = new EnumMap<>(InstallationCheck.class);
            checks.putAll(ticket.installationChecks());
            signedBy = ticket.signedBy() != null ? ticket.signedBy() : ticket.contact();
        }
    }

    public void prepare(TicketEventType type) {
        eventType = type;
        eventAt = null;
        note = item = condition = person = pickupCode = null;
        technician = ticket.technician();
    }

    public void record() {
        try {
            tickets.record(
                    number,
                    new EventRequest(
                            eventType,
                            eventAt == null
                                    ? null
                                    : eventAt.atZone(currentUser.getZone()).toInstant(),
                            technician,
                            note,
                            item,
                            condition,
                            person,
                            pickupCode));
            Feedback.info("ticket.recorded", Feedback.text("ticketEvent." + eventType));
            reload();
        } catch (RuleViolationException | ConflictException e) {
            Feedback.failed(e, "eventForm");
        } catch (EJBAccessException e) {
            Feedback.error("ticket.notYours");
        }
    }

    public void saveServiceRecord() {
        try {
            tickets.saveServiceRecord(
                    number,
                    new ServiceRecordInput(
                            ticket.version(), diagnosis, solution, workDone, partsUsed, hours, currentUser.today()));
            Feedback.info("ticket.serviceRecordSaved");
            reload();
        } catch (RuleViolationException | ConflictException e) {
            Feedback.failed(e, "serviceForm");
        } catch (EJBAccessException e) {
            Feedback.error("ticket.notYours");
        }
    }

    public void sign() {
        if (signaturePng == null
                || !signaturePng.startsWith(DATA_URL)
                || signatureLines == null
                || signatureLines.isBlank()) {
            Feedback.failed(
                    new RuleViolationException(FieldError.of("signature", "validation.signatureMissing")),
                    "signatureForm");
            return;
        }
        try {
            tickets.sign(number, Base64.getDecoder().decode(signaturePng.substring(DATA_URL.length())), signedBy);
            Feedback.info("ticket.signed");
            reload();
        } catch (IllegalArgumentException e) {
            Feedback.failed(
                    new RuleViolationException(FieldError.of("signature", "validation.signature")), "signatureForm");
        } catch (RuleViolationException | ConflictException e) {
            Feedback.failed(e, "signatureForm");
        } catch (EJBAccessException e) {
            Feedback.error("ticket.notYours");
        }
    }

    public void saveChecks() {
        try {
            tickets.checkInstallation(number, ticket.version(), checks);
            Feedback.info("ticket.checksSaved");
            reload();
        } catch (RuleViolationException | ConflictException e) {
            Feedback.failed(e, "checksForm");
        } catch (EJBAccessException e) {
            Feedback.error("ticket.notYours");
        }
    }

    /** Technicians who hold every qualification the work needs come first; all are offered, the rule decides. */
    public List<StaffMember> getTechnicians() {
        List<StaffMember> all = new ArrayList<>(users.staffWith(Role.TECHNICIAN));
        all.sort((a, b) -> Boolean.compare(
                !a.qualifiedFor(ticket.requiredQualifications()), !b.qualifiedFor(ticket.requiredQualifications())));
        return all;
    }

    /** Issue 10.17: "李四（北京）持证电工" — the name, the region and the qualifications in words. */
    public String technicianLabel(StaffMember s) {
        String qualifications = qualificationNames(s.qualifications());
        return s.displayName()
                + (s.region() == null ? "" : "（" + s.region() + "）")
                + (qualifications.isEmpty() ? "" : " " + qualifications);
    }

    public String qualificationNames(java.util.Collection<?> qualifications) {
        return qualifications == null
                ? ""
                : qualifications.stream()
                        .map(q -> Feedback.text("qualification." + q))
                        .sorted()
                        .collect(java.util.stream.Collectors.joining("、"));
    }

    public boolean isCanEditRecord() {
        return ticket != null
                && !ticket.status().isFinal()
                && (currentUser.has(Roles.DISPATCHER)
                        || currentUser.has(Roles.MANAGER)
                        || currentUser.getUsername().equals(ticket.technician()));
    }

    public String getEntitlementReason() {
        return ticket == null || ticket.entitlementReasonKey() == null
                ? null
                : Feedback.text(
                        ticket.entitlementReasonKey(),
                        ticket.entitlementReasonArgs().toArray());
    }

    public boolean isInstallation() {
        return ticket != null && ticket.kind() == ServiceKind.INSTALLATION;
    }

    public List<TicketEventType> getAllowedEvents() {
        return ticket == null
                ? List.of()
                : ticket.allowedEvents().stream().sorted().toList();
    }

    public InstallationCheck[] getCheckItems() {
        return InstallationCheck.values();
    }

    public String getNumber() {
        return number;
    }

    public TicketView getTicket() {
        return ticket;
    }

    public TicketEventType getEventType() {
        return eventType;
    }

    public LocalDateTime getEventAt() {
        return eventAt;
    }

    public void setEventAt(LocalDateTime eventAt) {
        this.eventAt = eventAt;
    }

    public String getTechnician() {
        return technician;
    }

    public void setTechnician(String technician) {
        this.technician = technician;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getItem() {
        return item;
    }

    public void setItem(String item) {
        this.item = item;
    }

    public String getCondition() {
        return condition;
    }

    public void setCondition(String condition) {
        this.condition = condition;
    }

    public String getPerson() {
        return person;
    }

    public void setPerson(String person) {
        this.person = person;
    }

    public String getPickupCode() {
        return pickupCode;
    }

    public void setPickupCode(String pickupCode) {
        this.pickupCode = pickupCode;
    }

    public String getDiagnosis() {
        return diagnosis;
    }

    public void setDiagnosis(String diagnosis) {
        this.diagnosis = diagnosis;
    }

    public String getSolution() {
        return solution;
    }

    public void setSolution(String solution) {
        this.solution = solution;
    }

    public String getWorkDone() {
        return workDone;
    }

    public void setWorkDone(String workDone) {
        this.workDone = workDone;
    }

    public String getPartsUsed() {
        return partsUsed;
    }

    public void setPartsUsed(String partsUsed) {
        this.partsUsed = partsUsed;
    }

    public BigDecimal getHours() {
        return hours;
    }

    public void setHours(BigDecimal hours) {
        this.hours = hours;
    }

    public String getSignatureLines() {
        return signatureLines;
    }

    public void setSignatureLines(String signatureLines) {
        this.signatureLines = signatureLines;
    }

    public String getSignaturePng() {
        return signaturePng;
    }

    public void setSignaturePng(String signaturePng) {
        this.signaturePng = signaturePng;
    }

    public String getSignedBy() {
        return signedBy;
    }

    public void setSignedBy(String signedBy) {
        this.signedBy = signedBy;
    }

    public Map<InstallationCheck, Boolean> getChecks() {
        return checks;
    }
}
