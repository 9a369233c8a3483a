package org.aftersales.web.shared.print;

import jakarta.ejb.EJBException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Supplier;
import org.aftersales.domain.shared.UnknownEntityException;

/** What the print servlets share: finding the document to print (absent → 404) and sending a PDF inline. */
public final class PdfResponse {

    private PdfResponse() {}

    /** The document, or empty when the boundary says it does not exist (also when wrapped by the EJB container). */
    public static <T> Optional<T> find(Supplier<T> lookup) {
        try {
            return Optional.of(lookup.get());
        } catch (UnknownEntityException e) {
            return Optional.empty();
        } catch (EJBException e) {
            if (e.getCause() instanceof UnknownEntityException) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** Sends {@code pdf} to be shown in the browser (never cached: it holds customers' data). */
    public static void send(HttpServletResponse response, byte[] pdf, String fileBase) throws IOException {
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "inline; filename=\"" + fileBase + ".pdf\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }
}
