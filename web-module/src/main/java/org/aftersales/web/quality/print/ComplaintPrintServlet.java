package org.aftersales.web.quality.print;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.aftersales.customers.boundary.CustomerService;
import org.aftersales.customers.boundary.CustomerViews.CustomerView;
import org.aftersales.quality.boundary.Complaints;
import org.aftersales.quality.boundary.QualityViews.ComplaintView;
import org.aftersales.settings.boundary.BusinessCalendar;
import org.aftersales.settings.boundary.SettingReader;
import org.aftersales.web.shared.print.PdfResponse;
import org.aftersales.web.shared.view.StaffNames;

/**
 * Q1, Q2: {@code print/complaint?number=} — the 客户投诉处理报告单 as PDF. For the roles of the complaint
 * pages (web.xml).
 */
@WebServlet("/print/complaint")
public class ComplaintPrintServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private BusinessCalendar calendar;

    @EJB
    private Complaints complaints;

    @EJB
    private CustomerService customers;

    @Inject
    private SettingReader settings;

    @Inject
    private StaffNames staffNames;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<ComplaintView> found = PdfResponse.find(() -> complaints.get(request.getParameter("number")));
        if (found.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        ComplaintView c = found.get();
        CustomerView customer =
                c.customerId() == null ? null : customers.find(c.customerId()).orElse(null);
        byte[] pdf = ComplaintReportForm.pdf(
                c, customer, settings.text("print.company", "售后服务部"), calendar.zone(), staffNames::of);
        PdfResponse.send(response, pdf, "complaint-" + c.number());
    }
}
