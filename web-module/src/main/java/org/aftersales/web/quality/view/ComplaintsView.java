package org.aftersales.web.quality.view;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.aftersales.domain.quality.ComplaintFlow;
import org.aftersales.domain.quality.ComplaintSeverity;
import org.aftersales.domain.quality.ComplaintState;
import org.aftersales.domain.shared.PageResult;
import org.aftersales.quality.boundary.Complaints;
import org.aftersales.quality.boundary.QualityViews.ComplaintFilter;
import org.aftersales.quality.boundary.QualityViews.ComplaintSummary;
import org.aftersales.web.shared.view.CurrentUser;
import org.aftersales.web.shared.view.ExcelExport;
import org.aftersales.web.shared.view.Feedback;
import org.aftersales.web.shared.view.PagedModel;
import org.aftersales.web.shared.view.StaffNames;
import org.primefaces.model.StreamedContent;

/**
 * Q1, Q2: the complaints (客户投诉处理报告单) — lazy, filtered by state, severity, overdue reply,
 * ticket or serial; Excel export of the same query.
 */
@Named
@ViewScoped
public class ComplaintsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int EXPORT_MAX = 100_000;

    @EJB
    private Complaints complaints;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private StaffNames staffNames;

    private ComplaintState state;
    private ComplaintSeverity severity;
    private boolean overdueOnly;
    private String ticketNumber;
    private String serialNumber;

    private final PagedModel<ComplaintSummary> rows = new PagedModel<>(this::page, ComplaintSummary::number);

    PageResult<ComplaintSummary> page(int first, int size) {
        return complaints.list(
                new ComplaintFilter(state, ticketNumber, serialNumber, severity, overdueOnly), first, size);
    }

    public void clear() {
        state = null;
        severity = null;
        overdueOnly = false;
        ticketNumber = serialNumber = null;
    }

    /** Q1: the promised reply is still owed and its time has passed. */
    public boolean overdue(ComplaintSummary c) {
        return ComplaintFlow.replyOwed(c.state())
                && c.replyBy() != null
                && c.replyBy().isBefore(Instant.now());
    }

    public StreamedContent getExport() {
        return ExcelExport.of(
                "complaints",
                currentUser.getZone(),
                Feedback.text("complaints.title"),
                List.of(
                        Feedback.text("complaint.number"),
                        Feedback.text("complaint.state"),
                        Feedback.text("complaint.channel"),
                        Feedback.text("complaint.category"),
                        Feedback.text("complaint.severity"),
                        Feedback.text("complaint.ticket"),
                        Feedback.text("complaint.serial"),
                        Feedback.text("complaint.acceptedAt"),
                        Feedback.text("complaint.replyBy"),
                        Feedback.text("complaint.overdue"),
                        Feedback.text("complaint.owner")),
                this::page,
                c -> List.of(
                        c.number(),
                        Feedback.text("complaintState." + c.state()),
                        Feedback.text("complaintChannel." + c.channel()),
                        Feedback.text("complaintCategory." + c.category()),
                        Feedback.text("complaintSeverity." + c.severity()),
                        nz(c.ticketNumber()),
                        nz(c.serialNumber()),
                        currentUser.time(c.acceptedAt()),
                        currentUser.time(c.replyBy()),
                        overdue(c) ? Feedback.text("complaint.overdue") : "",
                        c.owner() == null ? "" : nz(staffNames.of(c.owner()))),
                EXPORT_MAX);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    public ComplaintState[] getStates() {
        return ComplaintState.values();
    }

    public ComplaintSeverity[] getSeverities() {
        return ComplaintSeverity.values();
    }

    public PagedModel<ComplaintSummary> getRows() {
        return rows;
    }

    public ComplaintState getState() {
        return state;
    }

    public void setState(ComplaintState state) {
        this.state = state;
    }

    public ComplaintSeverity getSeverity() {
        return severity;
    }

    public void setSeverity(ComplaintSeverity severity) {
        this.severity = severity;
    }

    public boolean isOverdueOnly() {
        return overdueOnly;
    }

    public void setOverdueOnly(boolean overdueOnly) {
        this.overdueOnly = overdueOnly;
    }

    public String getTicketNumber() {
        return ticketNumber;
    }

    public void setTicketNumber(String ticketNumber) {
        this.ticketNumber = ticketNumber;
    }

    public String getSerialNumber() {
        return serialNumber;
    }

    public void setSerialNumber(String serialNumber) {
        this.serialNumber = serialNumber;
    }
}
