package org.aftersales.web.tickets.view;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.aftersales.domain.shared.PageResult;
import org.aftersales.tickets.boundary.TicketService;
import org.aftersales.tickets.boundary.TicketViews.GoodsLogView;
import org.aftersales.web.shared.view.CurrentUser;
import org.aftersales.web.shared.view.ExcelExport;
import org.aftersales.web.shared.view.Feedback;
import org.aftersales.web.shared.view.PagedModel;
import org.primefaces.model.StreamedContent;

/** T6: the goods in/out log (客户商品进出登记本), newest first, and the same as Excel. */
@Named
@ViewScoped
public class GoodsLogList implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int EXPORT_MAX = 100_000;

    @EJB
    private TicketService tickets;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private org.aftersales.web.shared.view.StaffNames staffNames;

    private final PagedModel<GoodsLogView> lines = new PagedModel<>(this::page, GoodsLogList::key);

    PageResult<GoodsLogView> page(int first, int size) {
        return tickets.goodsLog(first, size);
    }

    static String key(GoodsLogView line) {
        return line.ticketNumber() + "/" + line.direction() + "/" + line.at().toEpochMilli();
    }

    public StreamedContent getExport() {
        return ExcelExport.of(
                "goods-log",
                currentUser.getZone(),
                Feedback.text("goodsLog.title"),
                List.of(
                        Feedback.text("goodsLog.direction"), Feedback.text("goodsLog.time"),
                        Feedback.text("goodsLog.ticket"), Feedback.text("goodsLog.item"),
                        Feedback.text("goodsLog.serial"), Feedback.text("goodsLog.condition"),
                        Feedback.text("goodsLog.person"), Feedback.text("goodsLog.recordedBy")),
                this::page,
                g -> List.of(
                        Feedback.text("goodsDirection." + g.direction().name()),
                        currentUser.time(g.at()),
                        g.ticketNumber(),
                        g.item(),
                        text(g.serialNumber()),
                        text(g.condition()),
                        text(g.person()),
                        staffNames.of(g.recordedBy())),
                EXPORT_MAX);
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    public PagedModel<GoodsLogView> getLines() {
        return lines;
    }
}
