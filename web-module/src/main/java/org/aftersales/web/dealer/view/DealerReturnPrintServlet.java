package org.aftersales.web.dealer.view;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.ZoneId;
import org.aftersales.domain.shared.UnknownEntityException;
import org.aftersales.settings.boundary.Settings;
import org.aftersales.tickets.dealer.DealerReturnViews.DealerReturnView;
import org.aftersales.tickets.dealer.DealerReturns;
import org.aftersales.web.dealer.print.DealerReturnForm;

/**
 * T7: {@code print/dealer-return?number=} — the 产品售后管理表 as PDF, two copies (dealer,
 * after-sales). For the roles of the dealer-return pages (web.xml).
 */
@WebServlet("/print/dealer-return")
public class DealerReturnPrintServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private DealerReturns returns;

    @EJB
    private Settings settings;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        DealerReturnView r;
        try {
            r = returns.get(request.getParameter("number"));
        } catch (EJBException e) {
            if (e.getCause() instanceof UnknownEntityException) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            throw e;
        } catch (UnknownEntityException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        ZoneId zone = ZoneId.of(settings.text("ui.time-zone", "Asia/Shanghai"));
        byte[] pdf = DealerReturnForm.pdf(r, returns.turnarounds().days(), settings.text("print.company", "售后服务部"),
                zone);
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "inline; filename=\"dealer-return-" + r.number() + ".pdf\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }
}
