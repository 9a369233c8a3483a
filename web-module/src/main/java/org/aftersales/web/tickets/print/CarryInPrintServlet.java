package org.aftersales.web.tickets.print;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.aftersales.domain.tickets.GoodsLogEntry;
import org.aftersales.settings.boundary.BusinessCalendar;
import org.aftersales.settings.boundary.SettingReader;
import org.aftersales.tickets.boundary.TicketService;
import org.aftersales.tickets.boundary.TicketViews.GoodsLogView;
import org.aftersales.tickets.boundary.TicketViews.TicketView;
import org.aftersales.tickets.dealer.boundary.CarryInRecords;
import org.aftersales.tickets.dealer.boundary.DealerReturnViews.ReturnedUnit;
import org.aftersales.web.shared.print.PdfResponse;

/**
 * T6: the carry-in paper of a ticket as PDF — {@code print/carry-in/repair-tag?number=} (修护卡, hung on
 * the item) and {@code print/carry-in/pickup-receipt?number=} (客户商品领取收据 with the pickup code, two
 * copies; only once the item was received). The item's condition and accessories come from the goods
 * log's last IN line; for a dealer return (T7), model and serial number from the dealer's form when the
 * ticket has none. Behind the staff security constraint like every page.
 */
@WebServlet("/print/carry-in/*")
public class CarryInPrintServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private BusinessCalendar calendar;

    @EJB
    private TicketService tickets;

    @EJB
    private CarryInRecords records;

    @Inject
    private SettingReader settings;

    @jakarta.inject.Inject
    private org.aftersales.web.shared.view.StaffNames staffNames;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String what = request.getPathInfo() == null ? "" : request.getPathInfo();
        if (!what.equals("/repair-tag") && !what.equals("/pickup-receipt")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Optional<TicketView> found = PdfResponse.find(() -> tickets.get(request.getParameter("number")));
        if (found.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        TicketView ticket = found.get();
        if (!ticket.kind().isCarryIn()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND); // no carry-in paper for on-site work
            return;
        }
        List<GoodsLogView> log = records.goodsLog(ticket.number());
        Optional<GoodsLogView> in = log.stream()
                .filter(g -> g.direction() == GoodsLogEntry.Direction.IN)
                .reduce((a, b) -> b);
        Optional<ReturnedUnit> unit = records.returnedUnit(ticket.number());
        String model = ticket.model() != null
                ? ticket.model()
                : unit.map(ReturnedUnit::model).orElse(null);
        String serial = ticket.serialNumber() != null
                ? ticket.serialNumber()
                : unit.map(ReturnedUnit::serialNumber).orElse(null);
        String item = in.map(GoodsLogView::item).orElse(model);
        ZoneId zone = calendar.zone();
        String company = settings.text("print.company", "售后服务部");
        if (what.equals("/repair-tag")) {
            RepairTagForm form = new RepairTagForm(
                    ticket.number(),
                    ticket.customerName(),
                    ticket.phone(),
                    item,
                    model,
                    serial,
                    ticket.description(),
                    in.map(GoodsLogView::at).orElse(ticket.arrivedAt()),
                    in.map(GoodsLogView::condition).orElse(null),
                    in.map(GoodsLogView::recordedBy).map(staffNames::of).orElse(null),
                    unit.map(ReturnedUnit::returnNumber).orElse(null));
            PdfResponse.send(response, RepairTagForm.pdf(form, company, zone), "repair-tag-" + ticket.number());
        } else {
            if (ticket.pickupCode() == null) { // T6: the receipt is issued when the item is received
                response.sendError(HttpServletResponse.SC_CONFLICT);
                return;
            }
            PickupReceiptForm form = new PickupReceiptForm(
                    ticket.number(),
                    ticket.customerName(),
                    ticket.phone(),
                    item,
                    serial,
                    in.map(GoodsLogView::at).orElse(ticket.arrivedAt()),
                    in.map(GoodsLogView::condition).orElse(null),
                    ticket.pickupCode());
            PdfResponse.send(response, PickupReceiptForm.pdf(form, company, zone), "pickup-receipt-" + ticket.number());
        }
    }
}
