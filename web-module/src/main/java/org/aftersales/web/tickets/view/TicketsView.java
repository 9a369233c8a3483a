package org.aftersales.web.tickets.view;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.aftersales.domain.accounts.Roles;
import org.aftersales.domain.shared.PageResult;
import org.aftersales.domain.tickets.FaultLevel;
import org.aftersales.domain.tickets.ServiceKind;
import org.aftersales.domain.tickets.TicketStatus;
import org.aftersales.settings.boundary.Settings;
import org.aftersales.tickets.boundary.SlaWatch;
import org.aftersales.tickets.boundary.TicketService;
import org.aftersales.tickets.boundary.TicketViews.Scope;
import org.aftersales.tickets.boundary.TicketViews.SortField;
import org.aftersales.tickets.boundary.TicketViews.TicketQuery;
import org.aftersales.tickets.boundary.TicketViews.TicketSummary;
import org.aftersales.web.shared.view.CurrentUser;
import org.aftersales.web.shared.view.ExcelExport;
import org.aftersales.web.shared.view.Feedback;
import org.aftersales.web.shared.view.PagedModel;
import org.omnifaces.cdi.Param;
import org.primefaces.model.StreamedContent;

/**
 * The ticket lists (issue 4, item 8): my queue, my region's, all — lazy, filtered by status,
 * level, kind, region, technician, breach, "due in 2 h" and registration date; Excel export.
 */
@Named
@ViewScoped
public class TicketsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int DUE_SOON_MINUTES = 120;
    private static final int EXPORT_MAX = 100_000;

    @EJB
    private TicketService tickets;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private org.aftersales.web.shared.view.StaffNames staffNames;

    @EJB
    private Settings settings;

    /** ?filter= of the home page's counters (unassigned|breached|due), read when the view is created. */
    @Inject
    @Param(name = "filter")
    private String filter;

    private java.time.Duration dueSoonStyle;

    private Scope scope = Scope.ALL;
    private String text;
    private Set<TicketStatus> statuses = EnumSet.noneOf(TicketStatus.class);
    private FaultLevel faultLevel;
    private ServiceKind kind;
    private String region;
    private String technician;
    private boolean breachedOnly;
    private boolean dueSoon;
    private boolean unassignedOnly;
    private boolean openOnly = true;
    private LocalDate from;
    private LocalDate to;

    private final PagedModel<TicketSummary> rows = new PagedModel<>(this::page, TicketSummary::number);

    @PostConstruct
    void init() {
        dueSoonStyle = java.time.Duration.ofMinutes(settings.number(SlaWatch.DUE_SOON_MINUTES, 120));
        if (currentUser.has(Roles.TECHNICIAN)
                && !currentUser.has(Roles.DISPATCHER)
                && !currentUser.has(Roles.MANAGER)) {
            scope = Scope.MINE;
        }
        // the home page's counters link here: ?filter=unassigned|breached|due
        breachedOnly = "breached".equals(filter);
        dueSoon = "due".equals(filter);
        unassignedOnly = "unassigned".equals(filter);
    }

    /** The query behind a home-page counter, the same as the list opened by its link. */
    static TicketQuery preset(String filter, Scope scope) {
        return new TicketQuery(
                scope,
                null,
                null,
                null,
                null,
                null,
                null,
                "breached".equals(filter) ? Boolean.TRUE : null,
                "due".equals(filter) ? DUE_SOON_MINUTES : null,
                "unassigned".equals(filter) ? Boolean.TRUE : null,
                Boolean.TRUE,
                null,
                null,
                null,
                null,
                SortField.REGISTERED_AT,
                false);
    }

    PageResult<TicketSummary> page(int first, int size) {
        return tickets.search(query(), first, size);
    }

    TicketQuery query() {
        return new TicketQuery(
                scope,
                text,
                statuses,
                faultLevel,
                kind,
                region,
                technician,
                breachedOnly ? Boolean.TRUE : null,
                dueSoon ? DUE_SOON_MINUTES : null,
                unassignedOnly ? Boolean.TRUE : null,
                openOnly ? Boolean.TRUE : null,
                null,
                null,
                from,
                to,
                dueSoon ? SortField.NEXT_DEADLINE : SortField.REGISTERED_AT,
                dueSoon);
    }

    public void clear() {
        text = region = technician = null;
        statuses = EnumSet.noneOf(TicketStatus.class);
        faultLevel = null;
        kind = null;
        breachedOnly = dueSoon = unassignedOnly = false;
        openOnly = true;
        from = to = null;
    }

    public StreamedContent getExport() {
        return ExcelExport.of(
                "tickets",
                currentUser.getZone(),
                Feedback.text("tickets.title"),
                List.of(
                        Feedback.text("ticket.number"),
                        Feedback.text("ticket.status"),
                        Feedback.text("ticket.kind"),
                        Feedback.text("ticket.faultLevel"),
                        Feedback.text("ticket.customer"),
                        Feedback.text("ticket.phone"),
                        Feedback.text("ticket.region"),
                        Feedback.text("ticket.serialNumber"),
                        Feedback.text("ticket.registeredAt"),
                        Feedback.text("ticket.technician"),
                        Feedback.text("ticket.nextDeadline"),
                        Feedback.text("ticket.breaches"),
                        Feedback.text("ticket.entitlement")),
                this::page,
                t -> List.of(
                        t.number(),
                        Feedback.text("ticketStatus." + t.status()),
                        Feedback.text("ticketKind." + t.kind()),
                        Feedback.text("faultLevel." + t.faultLevel()),
                        t.customerName(),
                        nz(t.phone()),
                        nz(t.region()),
                        nz(t.serialNumber()),
                        currentUser.time(t.registeredAt()),
                        staffNames.of(t.technician()),
                        t.nextDeadline() == null ? "" : currentUser.time(t.nextDeadline()),
                        nz(t.breaches()),
                        Feedback.text("entitlement." + t.entitlement())),
                EXPORT_MAX);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** The running deadline's style, as on the dispatch board and "my jobs" (sla.due-soon-minutes). */
    public String urgency(TicketSummary t) {
        return DeadlineStyle.of(t.nextDeadline(), java.time.Instant.now(), dueSoonStyle);
    }

    public Scope[] getScopes() {
        return Scope.values();
    }

    public TicketStatus[] getAllStatuses() {
        return TicketStatus.values();
    }

    public FaultLevel[] getFaultLevels() {
        return FaultLevel.values();
    }

    public ServiceKind[] getKinds() {
        return ServiceKind.values();
    }

    public PagedModel<TicketSummary> getRows() {
        return rows;
    }

    public Scope getScope() {
        return scope;
    }

    public void setScope(Scope scope) {
        this.scope = scope == null ? Scope.ALL : scope;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Set<TicketStatus> getStatuses() {
        return statuses;
    }

    public void setStatuses(Set<TicketStatus> statuses) {
        this.statuses = statuses == null ? EnumSet.noneOf(TicketStatus.class) : statuses;
    }

    public FaultLevel getFaultLevel() {
        return faultLevel;
    }

    public void setFaultLevel(FaultLevel faultLevel) {
        this.faultLevel = faultLevel;
    }

    public ServiceKind getKind() {
        return kind;
    }

    public void setKind(ServiceKind kind) {
        this.kind = kind;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getTechnician() {
        return technician;
    }

    public void setTechnician(String technician) {
        this.technician = technician;
    }

    public boolean isBreachedOnly() {
        return breachedOnly;
    }

    public void setBreachedOnly(boolean breachedOnly) {
        this.breachedOnly = breachedOnly;
    }

    public boolean isDueSoon() {
        return dueSoon;
    }

    public boolean isUnassignedOnly() {
        return unassignedOnly;
    }

    public void setUnassignedOnly(boolean unassignedOnly) {
        this.unassignedOnly = unassignedOnly;
    }

    public void setDueSoon(boolean dueSoon) {
        this.dueSoon = dueSoon;
    }

    public boolean isOpenOnly() {
        return openOnly;
    }

    public void setOpenOnly(boolean openOnly) {
        this.openOnly = openOnly;
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
}
