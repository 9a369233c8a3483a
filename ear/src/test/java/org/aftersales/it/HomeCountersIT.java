package org.aftersales.it;

import static org.aftersales.it.Api.admin;
import static org.aftersales.it.Api.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aftersales.it.Api.Answer;
import org.junit.jupiter.api.Test;

/**
 * Issue 15.3: the home page's counters are counts of their own (one count statement each, not the
 * list's query) — and they still say what the lists say: open, unassigned, breached, due within 2 h,
 * compared with the totals of {@code GET /tickets} with the same filters, after a new ticket.
 */
class HomeCountersIT {

    @Test
    void theHomeCountersEqualTheListsTotals() {
        ExpenseClaimsIT.ticket(); // a new open ticket, unassigned and due within its SLA

        WebSession session = WebSession.login("admin", Api.ADMIN_PASSWORD);
        HttpResponse<String> home = session.get("/index.xhtml");
        assertEquals(200, home.statusCode());
        String page = home.body();

        long open = total("/api/v1/tickets?open=true&size=1");
        assertTrue(open >= 1, "the new ticket is open");
        assertEquals(open, counter(page, "openTickets"), "未结叫修单");
        assertEquals(total("/api/v1/tickets?open=true&unassigned=true&size=1"), counter(page, "unassignedTickets"));
        assertEquals(total("/api/v1/tickets?open=true&breached=true&size=1"), counter(page, "breachedTickets"));
        assertEquals(total("/api/v1/tickets?open=true&dueWithinMinutes=120&size=1"), counter(page, "dueTickets"));
    }

    private static long total(String path) {
        Answer answer = get(path, admin());
        assertEquals(200, answer.status(), answer.body());
        return answer.json().getJsonNumber("total").longValue();
    }

    /** The number after the colon in the link with this id, e.g. {@code 未结叫修单: 3}. */
    private static long counter(String page, String id) {
        Matcher m = Pattern.compile("id=\"" + id + "\"[^>]*>(.*?)</a>", Pattern.DOTALL)
                .matcher(page);
        assertTrue(m.find(), "the home page shows the counter " + id);
        Matcher n = Pattern.compile("[:：]\\s*(?:<[^>]+>\\s*)*(\\d+)").matcher(m.group(1));
        assertTrue(n.find(), "a number in " + m.group(1));
        return Long.parseLong(n.group(1));
    }
}
