package org.aftersales.web.tickets.print;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.aftersales.billing.boundary.Quotes;
import org.aftersales.settings.boundary.BusinessCalendar;
import org.aftersales.settings.boundary.SettingReader;
import org.aftersales.tickets.boundary.TicketService;
import org.aftersales.tickets.boundary.TicketViews.TicketView;
import org.aftersales.web.shared.i18n.Messages;
import org.aftersales.web.shared.print.PdfResponse;

/**
 * T4, T8: the paper forms of a ticket as PDF — {@code print/service-record?number=} (维修记录单, three
 * copies, with the customer's signature), {@code print/dispatch-sheet?number=} (技术服务联络单, two
 * copies) — and {@code print/signature?number=}, the signature image for the ticket page. Behind the
 * staff security constraint like every page.
 */
@WebServlet("/print/*")
public class PrintServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    private BusinessCalendar calendar;

    @EJB
    private TicketService tickets;

    @EJB
    private Quotes quotes;

    @Inject
    private SettingReader settings;

    @EJB
    private org.aftersales.accounts.boundary.UserService users;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String number = request.getParameter("number");
        String what = request.getPathInfo() == null ? "" : request.getPathInfo();
        Optional<TicketView> found = PdfResponse.find(() -> tickets.get(number));
        if (found.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        TicketView ticket = found.get();
        ZoneId zone = calendar.zone();
        String company = settings.text("print.company", "售后服务部");
        Locale zh = Messages.CHINESE;
        switch (what) {
            case "/service-record" -> {
                Optional<byte[]> signature = ticket.signed() ? tickets.signature(ticket.number()) : Optional.empty();
                ServiceRecordForm form = new ServiceRecordForm(
                        ticket.number(),
                        ticket.customerName(),
                        ticket.contact(),
                        ticket.phone(),
                        ticket.address(),
                        ticket.model(),
                        ticket.serialNumber(),
                        Messages.get(zh, "ticketKind." + ticket.kind().name()),
                        Messages.get(zh, "faultLevel." + ticket.faultLevel().name()),
                        ticket.description(),
                        ticket.registeredAt(),
                        ticket.arrivedAt(),
                        ticket.resolvedAt(),
                        ticket.diagnosis(),
                        ticket.solution(),
                        ticket.workDone(),
                        ticket.partsUsed(),
                        ticket.hours(),
                        charges(request, ticket.number()),
                        Messages.get(zh, "entitlement." + ticket.entitlement().name())
                                + (ticket.entitlementReasonKey() == null
                                        ? ""
                                        : "："
                                                + Messages.get(
                                                        zh,
                                                        ticket.entitlementReasonKey(),
                                                        ticket.entitlementReasonArgs())),
                        name(ticket.technician()),
                        signature.orElse(null),
                        ticket.signedBy(),
                        ticket.signedAt() == null ? null : LocalDate.ofInstant(ticket.signedAt(), zone));
                PdfResponse.send(
                        response, ServiceRecordForm.pdf(form, company, zone), "service-record-" + ticket.number());
            }
            case "/dispatch-sheet" -> {
                DispatchSheetForm form = new DispatchSheetForm(
                        ticket.number(),
                        ticket.customerName(),
                        ticket.contact(),
                        ticket.phone(),
                        ticket.address(),
                        ticket.region(),
                        ticket.model(),
                        ticket.serialNumber(),
                        Messages.get(zh, "ticketKind." + ticket.kind().name()),
                        Messages.get(zh, "faultLevel." + ticket.faultLevel().name()),
                        ticket.description(),
                        Messages.get(zh, "ticketStatus." + ticket.status().name()),
                        ticket.wantedAt(),
                        ticket.events().stream()
                                .filter(e -> e.type().name().equals("DISPATCHED"))
                                .reduce((a, b) -> b)
                                .map(e -> e.at())
                                .orElse(null),
                        name(ticket.technician()),
                        technician(ticket.technician())
                                .map(org.aftersales.accounts.boundary.StaffMember::phone)
                                .orElse(null),
                        format(ticket.sla().arriveBy(), zone),
                        format(ticket.sla().solutionBy(), zone),
                        format(ticket.sla().resolveBy(), zone));
                PdfResponse.send(
                        response, DispatchSheetForm.pdf(form, company, zone), "dispatch-sheet-" + ticket.number());
            }
            case "/signature" -> {
                Optional<byte[]> png = tickets.signature(ticket.number());
                if (png.isEmpty()) {
                    response.sendError(HttpServletResponse.SC_NOT_FOUND);
                    return;
                }
                response.setContentType("image/png");
                response.setHeader("Cache-Control", "private, no-store");
                response.getOutputStream().write(png.get());
            }
            default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private static String format(java.time.Instant instant, ZoneId zone) {
        return instant == null ? null : TIME.format(instant.atZone(zone));
    }

    /** Issue 10.17: the colleague as the paper names them (技术人员 李四, not the login). */
    private Optional<org.aftersales.accounts.boundary.StaffMember> technician(String username) {
        return username == null ? Optional.empty() : users.staffMember(username);
    }

    private String name(String username) {
        return staffNames.of(username);
    }

    @jakarta.inject.Inject
    private org.aftersales.web.shared.view.StaffNames staffNames;

    /**
     * B2, B3: what the customer pays by the ticket's agreed quote (0.00 under warranty); null — a blank
     * for the pen — when there is none yet or the caller may not see quotes.
     */
    private java.math.BigDecimal charges(HttpServletRequest request, String number) {
        return quotes.customerPays(number).orElse(null); // billing decides who may see charges
    }
}
