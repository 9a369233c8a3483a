package org.aftersales.web.quality.print;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.aftersales.quality.boundary.InfoForms;
import org.aftersales.quality.boundary.QualityRecords;
import org.aftersales.settings.boundary.BusinessCalendar;
import org.aftersales.settings.boundary.SettingReader;
import org.aftersales.web.shared.print.PdfResponse;
import org.aftersales.web.shared.view.StaffNames;

/**
 * {@code print/info-form?id=} — the 售后信息处理单; {@code print/training-sign-in?id=} — a session's
 * 培训签到表. No such record (or one the caller may not read) → 404; roles in web.xml.
 */
@WebServlet({"/print/info-form", "/print/training-sign-in"})
public class RecordsPrintServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private InfoForms forms;

    @EJB
    private QualityRecords records;

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
        String company = settings.text("print.company", "售后服务部");
        if (request.getServletPath().endsWith("info-form")) {
            var form = PdfResponse.find(() -> forms.get(id));
            if (form.isEmpty()) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            PdfResponse.send(
                    response,
                    RecordsForms.infoForm(form.get(), company, calendar.zone(), staffNames::of),
                    "info-form-" + id);
        } else {
            var session = PdfResponse.find(() -> records.session(id));
            if (session.isEmpty()) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            PdfResponse.send(
                    response,
                    RecordsForms.signInSheet(session.get(), company, calendar.zone()),
                    "training-sign-in-" + id);
        }
    }
}
