package org.aftersales.tickets.dealer.control;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.aftersales.customers.boundary.ProductService;
import org.aftersales.customers.boundary.ProductViews.ProductView;
import org.aftersales.domain.shared.Text;
import org.aftersales.domain.tickets.Channel;
import org.aftersales.domain.tickets.FaultLevel;
import org.aftersales.domain.tickets.ServiceKind;
import org.aftersales.domain.tickets.TicketEventType;
import org.aftersales.domain.tickets.dealer.DealerReturn;
import org.aftersales.tickets.boundary.TicketService;
import org.aftersales.tickets.boundary.TicketViews.EventRequest;
import org.aftersales.tickets.boundary.TicketViews.NewTicket;
import org.aftersales.tickets.boundary.TicketViews.TicketView;
import org.aftersales.tickets.dealer.boundary.DealerReturnViews.NewDealerReturn;

/**
 * T7, T6: the RETURN_EXCHANGE ticket that carries a dealer return's unit through the workshop — opened
 * with the return (channel DEALER, the dealer as customer), RECEIVED with the receiving check (goods log
 * line with the unit's condition, pickup code). Its texts are the paper forms' ({@link PaperText}).
 */
@Dependent
public class ReturnTickets {

    private static final int TICKET_TEXT_MAX = 2000;

    @EJB
    private TicketService tickets;

    @EJB
    private ProductService products;

    /**
     * T7, T1: registers the return's ticket; it opens on the dealer's own product record only when the
     * serial number is one of the dealer's products. Returns the ticket's number.
     */
    public String open(NewDealerReturn request, long dealerId, String number, String department, Instant now) {
        String serial = Text.optional(request.serialNumber());
        String dealersProduct = serial == null
                ? null
                : products.find(serial)
                        .filter(p -> p.customerId() != null && p.customerId() == dealerId)
                        .map(ProductView::serialNumber)
                        .orElse(null);
        String description = PaperText.get(
                "ticket.description",
                request.problem().strip(),
                number,
                String.join(" ", nonBlank(request.model(), request.colour(), serial)));
        return tickets.register(new NewTicket(
                        dealerId,
                        dealersProduct,
                        Channel.DEALER,
                        ServiceKind.RETURN_EXCHANGE,
                        FaultLevel.GENERAL,
                        department,
                        cut(description, TICKET_TEXT_MAX),
                        now,
                        null,
                        Set.of(),
                        Set.of()))
                .number();
    }

    /** T7 items 9–10, T6: the ticket records RECEIVED at {@code at} (not before the ticket was registered). */
    public void received(DealerReturn r, Instant at) {
        TicketView ticket = tickets.get(r.getTicketNumber());
        Instant ticketAt = at.isBefore(ticket.registeredAt()) ? ticket.registeredAt() : at;
        tickets.record(
                r.getTicketNumber(),
                new EventRequest(
                        TicketEventType.RECEIVED,
                        ticketAt,
                        null,
                        cut(
                                String.join(
                                        " · ",
                                        nonBlank(PaperText.get("event.received", r.getNumber()), r.getReceivingNote())),
                                TICKET_TEXT_MAX),
                        cut(
                                String.join(
                                        " ",
                                        nonBlank(
                                                r.getModel(),
                                                r.getColour(),
                                                r.getSerialNumber() == null ? null : "(" + r.getSerialNumber() + ")")),
                                200),
                        cut(condition(r), 500),
                        cut(r.getDealerName(), 100),
                        null));
    }

    /** T6: the goods log's condition of the unit, from the receiving check. */
    private static String condition(DealerReturn r) {
        return String.join(
                "；",
                nonBlank(
                        PaperText.get("appearance." + r.getAppearance().name()),
                        PaperText.get(
                                "function." + r.getFunction().name(),
                                r.getFunctionNote() == null ? "" : r.getFunctionNote()),
                        r.getAccessories() == null ? null : PaperText.get("accessories", r.getAccessories())));
    }

    private static List<String> nonBlank(String... parts) {
        return Arrays.stream(parts)
                .filter(p -> p != null && !p.isBlank())
                .map(String::strip)
                .toList();
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
