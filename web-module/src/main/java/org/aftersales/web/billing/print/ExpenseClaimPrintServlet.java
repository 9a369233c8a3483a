package org.aftersales.web.billing.print;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.aftersales.billing.boundary.ExpenseClaims;
import org.aftersales.settings.boundary.BusinessCalendar;
import org.aftersales.settings.boundary.SettingReader;
import org.aftersales.web.shared.print.PdfResponse;
import org.aftersales.web.shared.view.StaffNames;

/**
 * B6: {@code print/expense-claim?number=} — the 费用报销单 as a PDF, for whom the claim concerns (its
 * handler, FINANCE, MANAGER, ADMIN; anyone else and an unknown number → 404); roles in web.xml.
 */
@WebServlet("/print/expense-claim")
public class ExpenseClaimPrintServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private ExpenseClaims claims;

    @Inject
    private BusinessCalendar calendar;

    @Inject
    private SettingReader settings;

    @Inject
    private StaffNames staffNames;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        PdfResponse.byNumber(
                request,
                response,
                "expense-claim",
                claims::get,
                claim -> ExpenseClaimForm.pdf(
                        claim,
                        claims.trail(claim.number()).orElse(null),
                        settings.text("print.company", "售后服务部"),
                        calendar.zone(),
                        staffNames::of));
    }
}
