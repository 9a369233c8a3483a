package org.aftersales.web.parts.print;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.aftersales.parts.boundary.PartService;
import org.aftersales.parts.boundary.PartViews.PartView;
import org.aftersales.parts.boundary.StockService;
import org.aftersales.parts.boundary.StockViews.SlipView;
import org.aftersales.settings.boundary.BusinessCalendar;
import org.aftersales.settings.boundary.SettingReader;
import org.aftersales.web.shared.print.PdfResponse;

/**
 * P2, P3: {@code print/slip?number=} — a slip as its paper form for the signed-in keeper (the API's
 * {@code /stock/slips/{number}/pdf} takes Basic credentials, not the session). Roles in web.xml.
 */
@WebServlet("/print/slip")
public class SlipPrintServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private BusinessCalendar calendar;

    @EJB
    private StockService stock;

    @EJB
    private PartService parts;

    @Inject
    private SettingReader settings;

    @jakarta.inject.Inject
    private org.aftersales.web.shared.view.StaffNames staffNames;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<SlipView> found = PdfResponse.find(() -> stock.slip(request.getParameter("number")));
        if (found.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        SlipView slip = found.get();
        Map<String, Optional<PartView>> names = new HashMap<>();
        SlipForm.PartNames lookup = new SlipForm.PartNames() {
            @Override
            public String nameOf(String partNumber) {
                return names.computeIfAbsent(partNumber, parts::find)
                        .map(PartView::name)
                        .orElse("");
            }

            @Override
            public String unitOf(String partNumber) {
                return names.computeIfAbsent(partNumber, parts::find)
                        .map(PartView::unit)
                        .orElse("");
            }
        };
        ZoneId zone = calendar.zone();
        PdfResponse.send(
                response,
                SlipForm.pdf(slip, lookup, settings.text("print.company", "售后服务部"), zone, staffNames::of),
                "slip-" + slip.number());
    }
}
