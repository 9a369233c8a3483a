package org.aftersales.web.tickets.dealer.print;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.ZoneId;
import java.util.Optional;
import org.aftersales.settings.boundary.BusinessCalendar;
import org.aftersales.settings.boundary.SettingReader;
import org.aftersales.tickets.dealer.boundary.DealerReturnViews.DealerReturnView;
import org.aftersales.tickets.dealer.boundary.DealerReturns;
import org.aftersales.web.shared.print.PdfResponse;

/**
 * T7: {@code print/dealer-return?number=} — the 产品售后管理表 as PDF, two copies (dealer,
 * after-sales). For the roles of the dealer-return pages (web.xml).
 */
@WebServlet("/print/dealer-return")
public class DealerReturnPrintServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private BusinessCalendar calendar;

    @EJB
    private DealerReturns returns;

    @Inject
    private SettingReader settings;

    @jakarta.inject.Inject
    private org.aftersales.web.shared.view.StaffNames staffNames;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<DealerReturnView> found = PdfResponse.find(() -> returns.get(request.getParameter("number")));
        if (found.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        DealerReturnView r = found.get();
        ZoneId zone = calendar.zone();
        byte[] pdf = DealerReturnForm.pdf(
                r, returns.turnarounds().days(), settings.text("print.company", "售后服务部"), zone, staffNames::of);
        PdfResponse.send(response, pdf, "dealer-return-" + r.number());
    }
}
