package org.aftersales.web.tickets.dealer.view;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.aftersales.domain.shared.PageResult;
import org.aftersales.domain.tickets.dealer.DealerReturnStage;
import org.aftersales.tickets.dealer.boundary.DealerReturnViews.DealerReturnQuery;
import org.aftersales.tickets.dealer.boundary.DealerReturnViews.DealerReturnSummary;
import org.aftersales.tickets.dealer.boundary.DealerReturns;
import org.aftersales.web.shared.view.CurrentUser;
import org.aftersales.web.shared.view.ExcelExport;
import org.aftersales.web.shared.view.Feedback;
import org.aftersales.web.shared.view.PagedModel;
import org.primefaces.model.StreamedContent;

/**
 * T7: the dealer returns (产品售后管理表) — lazy, filtered by text, stage, overdue and received date;
 * Excel export of the same query.
 */
@Named
@ViewScoped
public class DealerReturnsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int EXPORT_MAX = 100_000;

    @EJB
    private DealerReturns returns;

    @Inject
    private CurrentUser currentUser;

    private String text;
    private Set<DealerReturnStage> stages = EnumSet.noneOf(DealerReturnStage.class);
    private boolean overdueOnly;
    private LocalDate from;
    private LocalDate to;

    private final PagedModel<DealerReturnSummary> rows = new PagedModel<>(this::page, DealerReturnSummary::number);

    PageResult<DealerReturnSummary> page(int first, int size) {
        return returns.search(query(), first, size);
    }

    DealerReturnQuery query() {
        return new DealerReturnQuery(text, null, stages, overdueOnly ? Boolean.TRUE : null, from, to);
    }

    public void clear() {
        text = null;
        stages = EnumSet.noneOf(DealerReturnStage.class);
        overdueOnly = false;
        from = to = null;
    }

    public StreamedContent getExport() {
        return ExcelExport.of(
                "dealer-returns",
                currentUser.getZone(),
                Feedback.text("dealerReturns.title"),
                List.of(
                        Feedback.text("dealerReturn.number"),
                        Feedback.text("dealerReturn.stage"),
                        Feedback.text("dealerReturn.dealer"),
                        Feedback.text("dealerReturn.feedbackDate"),
                        Feedback.text("dealerReturn.model"),
                        Feedback.text("dealerReturn.colour"),
                        Feedback.text("dealerReturn.serialNumber"),
                        Feedback.text("dealerReturn.arrival"),
                        Feedback.text("dealerReturn.wantedHandling"),
                        Feedback.text("dealerReturn.turnaround"),
                        Feedback.text("dealerReturn.receivedAt"),
                        Feedback.text("dealerReturn.dueDate"),
                        Feedback.text("dealerReturn.overdue"),
                        Feedback.text("dealerReturn.judgementLabel"),
                        Feedback.text("dealerReturn.handlingLabel"),
                        Feedback.text("dealerReturn.dispositionLabel"),
                        Feedback.text("dealerReturn.ticket")),
                this::page,
                r -> List.of(
                        r.number(),
                        Feedback.text("dealerReturnStage." + r.stage()),
                        r.dealerName(),
                        date(r.feedbackDate()),
                        r.model(),
                        nz(r.colour()),
                        nz(r.serialNumber()),
                        label("dealerReturn.arrival.", r.arrival()),
                        label("dealerReturn.wantedHandling.", r.wantedHandling()),
                        Feedback.text("dealerReturn.days", r.turnaroundDays()),
                        r.receivedAt() == null ? "" : currentUser.time(r.receivedAt()),
                        date(r.dueDate()),
                        r.overdue() ? Feedback.text("dealerReturn.overdue") : "",
                        label("dealerReturn.judgement.", r.judgement()),
                        label("dealerReturn.handling.", r.handling()),
                        label("dealerReturn.disposition.", r.disposition()),
                        r.ticketNumber()),
                EXPORT_MAX);
    }

    private static String label(String prefix, Enum<?> value) {
        return value == null ? "" : Feedback.text(prefix + value.name());
    }

    private static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    public DealerReturnStage[] getAllStages() {
        return DealerReturnStage.values();
    }

    public PagedModel<DealerReturnSummary> getRows() {
        return rows;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Set<DealerReturnStage> getStages() {
        return stages;
    }

    public void setStages(Set<DealerReturnStage> stages) {
        this.stages = stages == null ? EnumSet.noneOf(DealerReturnStage.class) : stages;
    }

    public boolean isOverdueOnly() {
        return overdueOnly;
    }

    public void setOverdueOnly(boolean overdueOnly) {
        this.overdueOnly = overdueOnly;
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
