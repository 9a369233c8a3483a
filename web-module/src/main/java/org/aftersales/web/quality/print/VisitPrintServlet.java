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
import org.aftersales.quality.boundary.QualityViews.VisitView;
import org.aftersales.quality.boundary.ReturnVisits;
import org.aftersales.settings.boundary.BusinessCalendar;
import org.aftersales.settings.boundary.SettingReader;
import org.aftersales.web.shared.i18n.Messages;
import org.aftersales.web.shared.print.PdfResponse;
import org.aftersales.web.shared.view.StaffNames;

/** Q4: {@code print/visit?id=} — the 顾客回访记录表 of one visit as PDF. For the roles of the call list (web.xml). */
@WebServlet("/print/visit")
public class VisitPrintServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private BusinessCalendar calendar;

    @EJB
    private ReturnVisits visits;

    @EJB
    private CustomerService customers;

    @Inject
    private SettingReader settings;

    @Inject
    private StaffNames staffNames;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String id = request.getParameter("id");
        Optional<VisitView> found = id == null || !id.matches("\\d{1,18}")
                ? Optional.empty()
                : PdfResponse.find(() -> visits.get(Long.parseLong(id)));
        if (found.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        VisitView v = found.get();
        CustomerView customer =
                v.customerId() == null ? null : customers.find(v.customerId()).orElse(null);
        String company = settings.text("print.company", "售后服务部");
        String script = Messages.get(
                Messages.CHINESE,
                "visits.script",
                company,
                settings.text(ReturnVisits.CONTACT, company),
                settings.text(ReturnVisits.HOTLINE, ""));
        byte[] pdf = VisitRecordForm.pdf(v, customer, company, script, calendar.zone(), staffNames::of);
        PdfResponse.send(response, pdf, "visit-" + v.id());
    }
}
