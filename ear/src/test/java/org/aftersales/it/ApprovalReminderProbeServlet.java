package org.aftersales.it;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import javax.naming.InitialContext;

/**
 * The test's handle on the reminders: {@code ?days=N} runs the application's reminder bean as the
 * timer does, but as if N days had passed (the bean is called by reflection: its class lives in the
 * application, not in this probe), and answers how many steps it reminded.
 */
@WebServlet("/remind")
public class ApprovalReminderProbeServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int days = Integer.parseInt(request.getParameter("days"));
        try {
            Object reminders = new InitialContext().lookup("java:global/aftersales/platform/ApprovalReminders");
            Instant later = Instant.now().plusSeconds(days * 86_400L);
            Object count = reminders
                    .getClass()
                    .getMethod("remind", Instant.class, LocalDate.class)
                    .invoke(
                            reminders,
                            later,
                            later.atZone(ZoneId.of("Asia/Shanghai")).toLocalDate());
            response.setContentType("text/plain");
            response.getWriter().print(count);
        } catch (Exception e) {
            throw new IOException(e);
        }
    }
}
