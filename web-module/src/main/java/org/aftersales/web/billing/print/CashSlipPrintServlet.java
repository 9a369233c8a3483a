package org.aftersales.web.billing.print;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.aftersales.billing.boundary.CashSlips;
import org.aftersales.settings.boundary.BusinessCalendar;
import org.aftersales.settings.boundary.SettingReader;
import org.aftersales.web.shared.print.PdfResponse;
import org.aftersales.web.shared.view.StaffNames;

/** 10.3: {@code print/cash-slip?number=} — the technician's payment slip (缴款单); roles in web.xml. */
@WebServlet("/print/cash-slip")
public class CashSlipPrintServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private BusinessCalendar calendar;

    @EJB
    private CashSlips slips;

    @Inject
    private SettingReader settings;

    @Inject
    private StaffNames staffNames;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String number = request.getParameter("number");
        var pdf = PdfResponse.find(() -> CashSlipForm.render(
                slips.get(number), settings.text("print.company", "售后服务部"), calendar.zone(), staffNames::of));
        if (pdf.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        PdfResponse.send(response, pdf.get(), "payment-" + number);
    }
}
