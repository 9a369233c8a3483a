package org.aftersales.web.billing.print;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.aftersales.billing.boundary.SupplierClaims;
import org.aftersales.settings.boundary.BusinessCalendar;
import org.aftersales.settings.boundary.SettingReader;
import org.aftersales.web.shared.print.PdfResponse;
import org.aftersales.web.shared.view.StaffNames;

/** B5: {@code print/supplier-claim?number=} — the 索赔单 as a PDF (no such claim → 404); roles in web.xml. */
@WebServlet("/print/supplier-claim")
public class SupplierClaimPrintServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private SupplierClaims claims;

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
                "supplier-claim",
                claims::get,
                claim -> SupplierClaimForm.pdf(
                        claim, settings.text("print.company", "售后服务部"), calendar.zone(), staffNames::of));
    }
}
