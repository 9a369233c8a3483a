package org.aftersales.web.approvals.print;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.aftersales.approvals.boundary.Approvals;
import org.aftersales.settings.boundary.BusinessCalendar;
import org.aftersales.settings.boundary.SettingReader;
import org.aftersales.web.shared.print.PdfResponse;
import org.aftersales.web.shared.view.StaffNames;

/**
 * Issue 12.6: {@code print/approval?id=} — the 审批单 of a request, for whom it concerns (the same rule
 * as opening it: anyone else, or no such request, gets 404); roles in web.xml.
 */
@WebServlet("/print/approval")
public class ApprovalPrintServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private Approvals approvals;

    @Inject
    private BusinessCalendar calendar;

    @Inject
    private SettingReader settings;

    @Inject
    private StaffNames staffNames;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(String.valueOf(request.getParameter("id")).strip());
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        var detail = PdfResponse.find(() -> approvals.find(id));
        if (detail.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] pdf = ApprovalForm.pdf(
                detail.get(), settings.text("print.company", "售后服务部"), calendar.zone(), staffNames::of);
        PdfResponse.send(
                response, pdf, "approval-" + detail.get().request().subject().replaceAll("[^A-Za-z0-9-]", "_"));
    }
}
