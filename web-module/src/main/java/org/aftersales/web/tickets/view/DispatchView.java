package org.aftersales.web.tickets.view;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.aftersales.accounts.boundary.StaffMember;
import org.aftersales.accounts.boundary.UserService;
import org.aftersales.domain.shared.ConflictException;
import org.aftersales.domain.shared.PageResult;
import org.aftersales.domain.shared.RuleViolationException;
import org.aftersales.domain.shared.UnknownEntityException;
import org.aftersales.domain.tickets.FaultLevel;
import org.aftersales.domain.tickets.TicketEventType;
import org.aftersales.settings.boundary.SettingReader;
import org.aftersales.tickets.boundary.DispatchBoard;
import org.aftersales.tickets.boundary.SlaWatch;
import org.aftersales.tickets.boundary.TicketService;
import org.aftersales.tickets.boundary.TicketViews.EventRequest;
import org.aftersales.tickets.boundary.TicketViews.TechnicianLoad;
import org.aftersales.tickets.boundary.TicketViews.TicketSummary;
import org.aftersales.web.shared.view.CurrentUser;
import org.aftersales.web.shared.view.Feedback;
import org.aftersales.web.shared.view.PagedModel;
import org.omnifaces.util.Faces;

/**
 * T4, M2: the dispatch board (派工台) — the open tickets nobody has, most urgent first, beside the
 * technicians of the region with their qualifications and today's load. The dispatcher picks a
 * ticket and a technician; a technician without the qualifications the work needs is refused with
 * the reason beside the technician field, and nothing changes.
 */
@Named
@ViewScoped
public class DispatchView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "dispatchForm";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    @EJB
    private DispatchBoard board;

    @EJB
    private TicketService tickets;

    @EJB
    private UserService users;

    @Inject
    private SettingReader settings;

    @Inject
    private CurrentUser currentUser;

    // filters
    private String region;
    private FaultLevel faultLevel;

    // the assignment
    private TicketSummary selected;
    private String technician;
    private String note;

    private List<TechnicianLoad> technicians;
    private Duration dueSoon;
    private final PagedModel<TicketSummary> queue = new PagedModel<>(this::page, TicketSummary::number);

    @PostConstruct
    void init() {
        // the dispatcher's own region first; a blank one shows every region
        region = users.staffMember(Faces.getRemoteUser())
                .map(StaffMember::region)
                .orElse(null);
        dueSoon = Duration.ofMinutes(settings.number(SlaWatch.DUE_SOON_MINUTES, 120));
        technicians = board.technicians(region);
    }

    PageResult<TicketSummary> page(int first, int size) {
        return board.unassigned(region, faultLevel, first, size);
    }

    /** The filters changed: the queue reloads itself, the technicians follow the region. */
    public void search() {
        technicians = board.technicians(region);
        if (selected != null
                && region != null
                && !region.isBlank()
                && !region.strip().equals(selected.region())) {
            selected = null;
        }
    }

    public void clearFilters() {
        region = null;
        faultLevel = null;
        search();
    }

    public void choose(TicketSummary ticket) {
        selected = ticket;
        note = null;
    }

    public void pick(TechnicianLoad load) {
        technician = load.username();
    }

    /** T4: the DISPATCHED event; M2 is checked by the tickets context, a refusal changes nothing. */
    public void assign() {
        if (selected == null) {
            Feedback.error("dispatch.chooseTicket");
            return;
        }
        try {
            tickets.record(
                    selected.number(),
                    EventRequest.of(
                            TicketEventType.DISPATCHED,
                            null,
                            technician,
                            note == null || note.isBlank() ? null : note.strip()));
            Feedback.info("dispatch.assigned", selected.number(), nameOf(technician));
            selected = null;
            technician = null;
            note = null;
            technicians = board.technicians(region);
        } catch (RuleViolationException e) {
            Feedback.failed(e, FORM); // beside the field; the choice stays for a correction
        } catch (ConflictException | UnknownEntityException e) {
            Feedback.failed(e, FORM); // the ticket moved on meanwhile: it leaves the assignment
            selected = null;
        }
    }

    private String nameOf(String username) {
        return technicians.stream()
                .filter(t -> t.username().equals(username))
                .findFirst()
                .map(TechnicianLoad::displayName)
                .orElse(username); // issue 10.17: the name, not the login
    }

    /** The running deadline's style: red when past, amber when due within the warning period. */
    public String deadlineClass(Instant deadline) {
        return DeadlineStyle.of(deadline, Instant.now(), dueSoon);
    }

    /** The date of an instant in the configured zone; the table breaks a time between date and clock. */
    public String day(Instant instant) {
        return instant == null ? "" : DAY.withZone(currentUser.getZone()).format(instant);
    }

    public String clock(Instant instant) {
        return instant == null ? "" : CLOCK.withZone(currentUser.getZone()).format(instant);
    }

    public FaultLevel[] getFaultLevels() {
        return FaultLevel.values();
    }

    public PagedModel<TicketSummary> getQueue() {
        return queue;
    }

    public List<TechnicianLoad> getTechnicians() {
        return technicians;
    }

    public TicketSummary getSelected() {
        return selected;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public FaultLevel getFaultLevel() {
        return faultLevel;
    }

    public void setFaultLevel(FaultLevel faultLevel) {
        this.faultLevel = faultLevel;
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
}
