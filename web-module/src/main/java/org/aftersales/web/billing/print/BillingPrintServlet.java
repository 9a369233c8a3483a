package org.aftersales.web.billing.print;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.aftersales.billing.boundary.BillingViews.ChargeView;
import org.aftersales.billing.boundary.BillingViews.QuoteView;
import org.aftersales.billing.boundary.Charges;
import org.aftersales.billing.boundary.Quotes;
import org.aftersales.settings.boundary.BusinessCalendar;
import org.aftersales.settings.boundary.SettingReader;
import org.aftersales.tickets.boundary.TicketService;
import org.aftersales.tickets.boundary.TicketViews.TicketView;
import org.aftersales.web.shared.print.PdfResponse;
import org.aftersales.web.shared.view.StaffNames;

/**
 * B2, B3: {@code print/quote?number=<ticket>} (维修报价单 with the signature; a technician only for the
 * tickets assigned to them, anyone else 404); 10.3: {@code print/charge-receipt?number=<charge>} (收费单
 * with its payments); roles in web.xml.
 */
@WebServlet({"/print/quote", "/print/charge-receipt"})
public class BillingPrintServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private Quotes quotes;

    @EJB
    private Charges charges;

    @EJB
    private TicketService tickets;

    @Inject
    private BusinessCalendar calendar;

    @Inject
    private SettingReader settings;

    @Inject
    private StaffNames staffNames;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String number = request.getParameter("number");
        if (number == null || number.isBlank()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String company = settings.text("print.company", "售后服务部");
        boolean receipt = request.getServletPath().endsWith("/charge-receipt");
        try {
            if (receipt) {
                Optional<ChargeView> charge = PdfResponse.find(() -> charges.get(number.strip()));
                if (charge.isEmpty()) {
                    response.sendError(HttpServletResponse.SC_NOT_FOUND);
                    return;
                }
                TicketView ticket = tickets.find(charge.get().ticketNumber()).orElse(null);
                PdfResponse.send(
                        response,
                        BillingForms.receipt(charge.get(), ticket, company, calendar.zone(), staffNames::of),
                        "receipt-" + charge.get().number());
            } else {
                Optional<QuoteView> quote = PdfResponse.find(() -> quotes.get(number.strip()));
                if (quote.isEmpty()) {
                    response.sendError(HttpServletResponse.SC_NOT_FOUND);
                    return;
                }
                TicketView ticket = tickets.find(quote.get().ticketNumber()).orElseThrow();
                byte[] signature = quote.get().signed()
                        ? quotes.signature(quote.get().ticketNumber()).orElse(null)
                        : null;
                PdfResponse.send(
                        response,
                        BillingForms.quote(quote.get(), ticket, signature, company, calendar.zone(), staffNames::of),
                        "quote-" + quote.get().ticketNumber());
            }
        } catch (jakarta.ejb.EJBException e) {
            if (e instanceof EJBAccessException || e.getCause() instanceof EJBAccessException) {
                // not the caller's ticket: as if there were none (numbers do not leak)
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            throw e;
        }
    }
}
