package org.aftersales.it;

import static org.aftersales.it.Api.admin;
import static org.aftersales.it.Api.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aftersales.it.Api.Answer;
import org.junit.jupiter.api.Test;

/**
 * Issue 10.16, T10: each kind of document has its own gap-free series per department and month. A
 * ticket, then slips, sales, a payment slip and a stock-take of the same department, then another
 * ticket: the two tickets are consecutive (the 叫修单 book has no gaps) and each other kind's
 * numbers follow one another in their own series with their form's code.
 */
class DocumentSeriesIT {

    /** Department, the form's code if any, year, month, running number. */
    private static final Pattern NUMBER = Pattern.compile("([A-Z]+)(?:-([A-Z]{2}))?-(\\d{2}-\\d{2})-(\\d{2,})");

    private static long customer() {
        Answer created = post("/api/v1/customers", admin(), """
                {"name":"编号测试","type":"HOUSEHOLD","contact":"编号测试","phone":"137%08d","region":"北京","address":"北京市朝阳区建国路1号"}""".formatted((long) (Math.random() * 100_000_000L)));
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("id").longValue();
    }

    /** Tickets in the department the warehouse numbers its documents in (setting service.default-department, YX). */
    private static String ticket(long customer) {
        Answer created = post("/api/v1/tickets", admin(), """
                {"customerId":%d,"channel":"PHONE","kind":"ONSITE_REPAIR","faultLevel":"GENERAL","department":"YX",
                 "description":"空调不制冷"}""".formatted(customer));
        assertEquals(201, created.status(), created.body());
        return created.json().getString("number");
    }

    private static String created(String path, String json) {
        Answer answer = post(path, admin(), json);
        assertEquals(201, answer.status(), path + ": " + answer.body());
        return answer.json().getString("number");
    }

    private static Matcher parts(String number, String code) {
        Matcher m = NUMBER.matcher(number);
        assertTrue(m.matches(), number);
        assertEquals("YX", m.group(1), number);
        assertEquals(code, m.group(2), "the form's code of " + number);
        return m;
    }

    /** The numbers are one series (same prefix) and each follows the one before. */
    private static void consecutive(String code, List<String> numbers) {
        Matcher first = parts(numbers.get(0), code);
        for (int i = 1; i < numbers.size(); i++) {
            Matcher next = parts(numbers.get(i), code);
            assertEquals(first.group(3), next.group(3), "one month: " + numbers);
            assertEquals(Long.parseLong(first.group(4)) + i, Long.parseLong(next.group(4)), "gap-free: " + numbers);
        }
    }

    @Test
    void slipsBetweenTwoTicketsLeaveNoGapInTheTicketBookAndEachKindIsItsOwnGapFreeSeries() {
        String point = StockIT.servicePoint();
        String to = StockIT.servicePoint();
        String part = StockIT.part("100.00");
        long customer = customer();

        String firstTicket = ticket(customer);
        List<String> inbound = new ArrayList<>();
        List<String> outbound = new ArrayList<>();
        List<String> transfers = new ArrayList<>();
        List<String> sales = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            inbound.add(StockIT.receive(point, part, 10, 10, "100.00").getString("number"));
        }
        for (int i = 0; i < 2; i++) {
            outbound.add(created("/api/v1/stock/issues", """
                    {"servicePoint":"%s","lines":[{"partNumber":"%s","qty":1}]}""".formatted(point, part)));
            transfers.add(created("/api/v1/stock/transfers", """
                    {"fromServicePoint":"%s","toServicePoint":"%s","lines":[{"partNumber":"%s","qty":1,"receivedQty":1}]}""".formatted(point, to, part)));
            sales.add(created("/api/v1/part-sales", """
                    {"servicePoint":"%s","buyer":"张三维修部","buyerPhone":"13800138000","paymentMethod":"CASH",
                     "cashier":"收款员甲","lines":[{"partNumber":"%s","qty":1}]}""".formatted(point, part)));
        }
        String payment = created(
                "/api/v1/sales-settlements", "{\"servicePoint\":\"%s\",\"cashier\":\"财务收款员\"}".formatted(point));
        String stockTake = created("/api/v1/stock-takes", "{\"servicePoint\":\"%s\"}".formatted(to));
        String secondTicket = ticket(customer);

        consecutive(null, List.of(firstTicket, secondTicket));
        consecutive("RK", inbound);
        consecutive("CK", outbound);
        consecutive("DB", transfers);
        consecutive("XS", sales);
        parts(payment, "JK");
        parts(stockTake, "PD");
    }
}
