package org.aftersales.it;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import javax.naming.InitialContext;

/**
 * The test's handle on the quality deadlines watch: {@code ?days=N} runs the application's bean as
 * its timer does, but as if N days had passed (called by reflection: the class lives in the
 * application), and answers how many alerts it raised.
 */
@WebServlet("/scan")
public class QualityDeadlinesProbeServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int days = Integer.parseInt(request.getParameter("days"));
        try {
            Object watch = new InitialContext().lookup("java:global/aftersales/quality/QualityDeadlines");
            Instant later = Instant.now().plusSeconds(days * 86_400L);
            Object count = watch.getClass().getMethod("scan", Instant.class).invoke(watch, later);
            response.setContentType("text/plain");
            response.getWriter().print(count);
        } catch (Exception e) {
            throw new IOException(e);
        }
    }
}
