package org.aftersales.web.tickets.view;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
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
import org.aftersales.settings.boundary.SettingReader;
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
import org.primefaces.PrimeFaces;
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

    /** Issue 15.3: the list counts at most this many tickets; beyond, the screen says "N+". */
    public static final String LIST_COUNT_LIMIT = "tickets.list-count-limit";

    static final int LIST_COUNT_LIMIT_DEFAULT = 10_000;

    @EJB
    private TicketService tickets;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private org.aftersales.web.shared.view.StaffNames staffNames;

    @Inject
    private SettingReader settings;

    /** ?filter= of the home page's counters (unassigned|breached|due), read when the view is created. */
    @Inject
    @Param(name = "filter")
    private String filter;

    private java.time.Duration dueSoonStyle;
    private int countLimit;
    /** The last page's count stopped at its limit: the total shown is "that many or more". */
    private boolean capped;

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
        countLimit = settings.number(LIST_COUNT_LIMIT, LIST_COUNT_LIMIT_DEFAULT);
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

    /**
     * Issue 15.3: the page and a count that stops at the limit. The limit grows by whole steps as
     * the user reaches the last page shown (so "next" always leads on): below {@code limit} rows the
     * count stops at {@code limit}, from there at {@code 2 × limit}, and so on.
     */
    PageResult<TicketSummary> page(int first, int size) {
        if (countLimit <= 0) {
            capped = false;
            return exactPage(first, size);
        }
        long cap = countCap(countLimit, first, size);
        PageResult<TicketSummary> page = tickets.search(query(), first, size, cap + 1);
        capped = page.total() > cap;
        tellThePaginator();
        return capped ? new PageResult<>(page.items(), cap) : page;
    }

    /**
     * A page turned by ajax updates only the paginator's numbers, not its report template: the
     * template goes along ("共 N+ 张叫修单" or "共 N 张叫修单"), tickets.xhtml puts it in place.
     */
    private void tellThePaginator() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null && faces.getPartialViewContext().isAjaxRequest()) {
            PrimeFaces.current()
                    .ajax()
                    .addCallbackParam("totalReport", Feedback.text(capped ? "tickets.totalCapped" : "tickets.total"));
        }
    }

    /** The count's stop for a page from {@code first}: a whole number of limits beyond the page's end. */
    static long countCap(int limit, int first, int size) {
        return (long) limit * (((long) first + size) / limit + 1);
    }

    PageResult<TicketSummary> exactPage(int first, int size) {
        return tickets.search(query(), first, size);
    }

    /** The paginator says "共 N+ 张叫修单" instead of "共 N 张叫修单". */
    public boolean isCapped() {
        return capped;
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
                this::exactPage,
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
