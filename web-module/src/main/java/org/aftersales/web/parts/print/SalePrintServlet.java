package org.aftersales.web.parts.print;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.ZoneId;
import org.aftersales.parts.boundary.PartSales;
import org.aftersales.settings.boundary.BusinessCalendar;
import org.aftersales.settings.boundary.SettingReader;
import org.aftersales.web.shared.print.PdfResponse;

/**
 * P5: {@code print/sale?number=} (the sales card, 零配件销货卡) and {@code print/payment?number=}
 * (the payment slip, 缴款单) for the signed-in counter or finance; roles in web.xml.
 */
@WebServlet({"/print/sale", "/print/payment"})
public class SalePrintServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private BusinessCalendar calendar;

    @EJB
    private PartSales sales;

    @Inject
    private SettingReader settings;

    @jakarta.inject.Inject
    private org.aftersales.web.shared.view.StaffNames staffNames;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String number = request.getParameter("number");
        ZoneId zone = calendar.zone();
        String company = settings.text("print.company", "售后服务部");
        boolean payment = request.getServletPath().endsWith("/payment");
        var pdf = payment
                ? PdfResponse.find(() -> SaleForm.payment(sales.settlement(number), company, zone, staffNames::of))
                : PdfResponse.find(() -> SaleForm.sale(sales.find(number), company, zone, staffNames::of));
        if (pdf.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        PdfResponse.send(response, pdf.get(), (payment ? "payment-" : "sale-") + number);
    }
}
