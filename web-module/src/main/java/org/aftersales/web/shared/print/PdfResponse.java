package org.aftersales.web.shared.print;

import jakarta.ejb.EJBException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Function;
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

    /**
     * Prints the document the request names with {@code ?number=}: a missing number or an unknown
     * document is 404; the file is called {@code fileBase-<number>.pdf} (characters other than letters,
     * digits and '-' as '_').
     */
    public static <T> void byNumber(
            HttpServletRequest request,
            HttpServletResponse response,
            String fileBase,
            Function<String, T> lookup,
            Function<T, byte[]> render)
            throws IOException {
        String number = request.getParameter("number");
        Optional<T> document =
                number == null || number.isBlank() ? Optional.empty() : find(() -> lookup.apply(number.strip()));
        if (document.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        send(
                response,
                render.apply(document.get()),
                fileBase + "-" + number.strip().replaceAll("[^A-Za-z0-9-]", "_"));
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
