package org.aftersales.it;

import static org.aftersales.it.Api.admin;
import static org.aftersales.it.Api.basic;
import static org.aftersales.it.Api.get;
import static org.aftersales.it.Api.post;
import static org.aftersales.it.Api.send;
import static org.aftersales.it.Api.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.aftersales.it.Api.Answer;
import org.junit.jupiter.api.Test;

/**
 * M1–M3 through the API: maintenance plans, the scheduler's runs (each one through the scheduler's
 * EJB timer, which runs as ADMIN — the path of the hourly run), one ticket per plan and due date
 * however often and however concurrently it runs, plans by operating hours, care plans.
 */
class MaintenanceIT {

    private static final String PASSWORD = "correct horse battery";
    /** An explicit day for every run: the tests do not depend on the server's clock or time zone. */
    private static final LocalDate DAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    private static String product() {
        Answer customer = post("/api/v1/customers", admin(), """
                {"name":"保养客户%s","type":"INDUSTRIAL","phone":"137%s","region":"天津","address":"天津市西青区%s号"}""".formatted(
                        unique(""), String.format("%08d", (long) (Math.random() * 100_000_000L)), unique("")));
        assertEquals(201, customer.status(), customer.body());
        long customerId = customer.json().getJsonNumber("id").longValue();
        String serial = unique("MT");
        Answer product = post("/api/v1/customers/" + customerId + "/products", admin(), """
                {"model":"YSJ-75","category":"空压机","serialNumber":"%s","factoryDate":"2024-01-10",
                 "purchaseDate":"2024-02-01","proofOfPurchase":"INVOICE","use":"INDUSTRIAL"}""".formatted(serial));
        assertEquals(201, product.status(), product.body());
        return serial;
    }

    /** A level-1 plan due on DAY by the calendar: started three months before, every three months. */
    private static JsonObject planDueOnDay(String serial) {
        Answer created = post("/api/v1/maintenance-plans", admin(), """
                {"serialNumber":"%s","level":"LEVEL_1","intervalMonths":3,"startDate":"%s",
                 "items":[{"workType":"CLEANING","description":"清洁滤芯"},{"workType":"ELECTRICAL","description":"检查电机接线"},
                          {"workType":"TESTING"},{"workType":"FASTENING","description":"紧固地脚螺栓"}]}""".formatted(serial, DAY.minusMonths(3)));
        assertEquals(201, created.status(), created.body());
        return created.json();
    }

    private static Answer run(String authorization) {
        return post("/api/v1/maintenance-plans/run?date=" + DAY, authorization, null);
    }

    /** The ticket numbers a run's report says it created for the plan. */
    private static List<String> createdFor(Answer run, long planId) {
        assertEquals(200, run.status(), run.body());
        return run.json().getJsonArray("created").stream()
                .map(v -> (JsonObject) v)
                .filter(c -> c.getJsonNumber("planId").longValue() == planId)
                .map(c -> c.getString("ticketNumber"))
                .toList();
    }

    private static List<String> maintenanceTickets(String serial) {
        Answer list = get("/api/v1/tickets?kind=MAINTENANCE&serialNumber=" + serial, admin());
        assertEquals(200, list.status(), list.body());
        return list.json().getJsonArray("items").stream()
                .map(v -> ((JsonObject) v).getString("number"))
                .toList();
    }

    private static Set<String> strings(JsonObject o, String field) {
        return o.getJsonArray(field).getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .collect(Collectors.toSet());
    }

    private static Set<String> fields(Answer answer) {
        return answer.json().getJsonArray("errors").stream()
                .map(v -> ((JsonObject) v).getString("field"))
                .collect(Collectors.toSet());
    }

    @Test
    void aDuePlanGetsExactlyOneMaintenanceTicketHoweverOftenTheSchedulerRuns() {
        String serial = product();
        JsonObject plan = planDueOnDay(serial);
        long id = plan.getJsonNumber("id").longValue();
        assertEquals(Set.of("ELECTRICIAN", "INSPECTOR", "MECHANIC"), strings(plan, "requiredQualifications"), "M2");
        assertEquals(DAY.toString(), plan.getString("nextDueDate"));

        Answer due = get("/api/v1/maintenance-plans/due?date=" + DAY, admin());
        assertEquals(200, due.status(), due.body());
        assertTrue(
                get("/api/v1/maintenance-plans/due?date=" + DAY, admin()).body().contains("\"planId\":" + id + ","),
                "the preview lists the plan");
        assertFalse(
                get("/api/v1/maintenance-plans/due?date=" + DAY.minusDays(1), admin())
                        .body()
                        .contains("\"planId\":" + id + ","),
                "not due the day before");

        String list = "/api/v1/maintenance-plans?serialNumber=" + serial + "&dueBy=";
        assertEquals(
                1,
                get(list + DAY.plusDays(7), admin())
                        .json()
                        .getJsonNumber("total")
                        .longValue(),
                "due this week");
        assertEquals(
                0,
                get(list + DAY.minusDays(1), admin())
                        .json()
                        .getJsonNumber("total")
                        .longValue());

        List<String> first = createdFor(run(admin()), id);
        assertEquals(1, first.size(), "the first run creates the ticket");
        assertEquals(List.of(), createdFor(run(admin()), id), "the second run creates nothing");
        assertEquals(first, maintenanceTickets(serial));

        JsonObject ticket = get("/api/v1/tickets/" + first.get(0), admin()).json();
        assertEquals("MAINTENANCE", ticket.getString("kind"));
        assertEquals(Set.of("ELECTRICIAN", "INSPECTOR", "MECHANIC"), strings(ticket, "requiredQualifications"));
        assertTrue(ticket.getString("description").contains("一级保养"), ticket.getString("description"));
        assertTrue(ticket.getString("description").contains("电气作业（持证电工）：检查电机接线"), ticket.getString("description"));

        JsonObject after = get("/api/v1/maintenance-plans/" + id, admin()).json();
        assertEquals(first.get(0), after.getString("pendingTicketNumber"), "the plan remembers its ticket");
        assertEquals(DAY.toString(), after.getString("pendingDueDate"));
        assertFalse(
                get("/api/v1/maintenance-plans/due?date=" + DAY, admin()).body().contains("\"planId\":" + id + ","));
        assertEquals(
                1,
                get(list + DAY.minusDays(1), admin())
                        .json()
                        .getJsonNumber("total")
                        .longValue(),
                "waiting for its ticket's work, the plan stays in the due list");

        // the work is done: the next cycle starts from that day, and a later run is not due yet
        Answer done = send("PUT", "/api/v1/maintenance-plans/" + id, admin(), """
                {"version":%d,"level":"LEVEL_1","intervalMonths":3,"lastDoneDate":"%s",
                 "items":[{"workType":"CLEANING"},{"workType":"ELECTRICAL"},{"workType":"TESTING"},{"workType":"FASTENING"}]}""".formatted(
                        after.getJsonNumber("version").longValue(), DAY));
        assertEquals(200, done.status(), done.body());
        assertFalse(
                done.json().containsKey("pendingTicketNumber") && !done.json().isNull("pendingTicketNumber"),
                "the next cycle has no ticket yet");
        assertEquals(DAY.plusMonths(3).toString(), done.json().getString("nextDueDate"));
        assertEquals(List.of(), createdFor(run(admin()), id));
        assertEquals(first, maintenanceTickets(serial));
    }

    @Test
    void twoRunsAtOnceCreateOneTicket() {
        String serial = product();
        long id = planDueOnDay(serial).getJsonNumber("id").longValue();
        CompletableFuture<Answer> a = CompletableFuture.supplyAsync(() -> run(admin()));
        CompletableFuture<Answer> b = CompletableFuture.supplyAsync(() -> run(admin()));
        List<String> created = new java.util.ArrayList<>(createdFor(a.join(), id));
        created.addAll(createdFor(b.join(), id));
        assertEquals(1, created.size(), "exactly one of the runs created it");
        assertEquals(created, maintenanceTickets(serial));
    }

    @Test
    void aReadingOfOperatingHoursMakesAPlanByHoursDue() {
        String serial = product();
        Answer reading = post(
                "/api/v1/products/" + serial + "/readings",
                admin(),
                "{\"readOn\":\"%s\",\"hours\":1000}".formatted(DAY.minusDays(20)));
        assertEquals(201, reading.status(), reading.body());
        Answer created = post("/api/v1/maintenance-plans", admin(), """
                {"serialNumber":"%s","level":"LEVEL_2","intervalHours":500,"startDate":"%s",
                 "items":[{"workType":"LUBRICATION","description":"主轴承加注润滑脂"},{"workType":"PRESSURE_VESSEL","description":"储气罐安全阀检查"}]}""".formatted(serial, DAY.minusDays(15)));
        assertEquals(201, created.status(), created.body());
        JsonObject plan = created.json();
        long id = plan.getJsonNumber("id").longValue();
        assertEquals(1000, plan.getJsonNumber("startHours").longValue(), "counted from the product's latest reading");
        assertEquals(1500, plan.getJsonNumber("nextDueHours").longValue());

        assertEquals(List.of(), createdFor(run(admin()), id), "1000 h: not due");
        assertEquals(
                201,
                post(
                                "/api/v1/products/" + serial + "/readings",
                                admin(),
                                "{\"readOn\":\"%s\",\"hours\":1499}".formatted(DAY.minusDays(5)))
                        .status());
        assertEquals(List.of(), createdFor(run(admin()), id), "1499 h: not due");
        assertEquals(
                422,
                post(
                                "/api/v1/products/" + serial + "/readings",
                                admin(),
                                "{\"readOn\":\"%s\",\"hours\":1200}".formatted(DAY))
                        .status(),
                "readings only go up");

        assertEquals(
                201,
                post(
                                "/api/v1/products/" + serial + "/readings",
                                admin(),
                                "{\"readOn\":\"%s\",\"hours\":1520}".formatted(DAY.minusDays(1)))
                        .status());
        JsonObject due = get("/api/v1/maintenance-plans/" + id, admin()).json().getJsonObject("due");
        assertEquals("HOURS", due.getString("reason"));
        assertEquals(DAY.minusDays(1).toString(), due.getString("dueDate"));
        Answer run = run(admin());
        List<String> tickets = createdFor(run, id);
        assertEquals(1, tickets.size(), run.body());
        assertEquals(tickets, maintenanceTickets(serial));
        JsonObject ticket = get("/api/v1/tickets/" + tickets.get(0), admin()).json();
        assertEquals(Set.of("MECHANIC", "PRESSURE_VESSEL"), strings(ticket, "requiredQualifications"));
        assertTrue(ticket.getString("description").contains("按运行小时到期"), ticket.getString("description"));
    }

    @Test
    void theTimerRunsAsTheSchedulerNotAsWhoeverAskedForTheRun() {
        String manager = Api.createUser("MANAGER", PASSWORD);
        String serial = product();
        long id = planDueOnDay(serial).getJsonNumber("id").longValue();
        List<String> created = createdFor(run(basic(manager, PASSWORD)), id);
        assertEquals(1, created.size());
        JsonObject registered = get("/api/v1/tickets/" + created.get(0), admin())
                .json()
                .getJsonArray("events")
                .getJsonObject(0);
        assertEquals("REGISTERED", registered.getString("type"));
        assertNotEquals(manager, registered.getString("by"));
        assertEquals("MAINTENANCE-SCHEDULER", registered.getString("by"), "registered by the timer's run-as identity");

        String dispatcher = Api.createUser("DISPATCHER", PASSWORD);
        assertEquals(403, run(basic(dispatcher, PASSWORD)).status(), "only ADMIN and MANAGER run the scheduler");
        assertEquals(401, run(null).status());
    }

    @Test
    void invalidPlansAre422AndStaleChanges409() {
        Answer empty = post("/api/v1/maintenance-plans", admin(), "{\"serialNumber\":\"%s\"}".formatted(product()));
        assertEquals(422, empty.status(), empty.body());
        assertEquals(Set.of("level", "intervalMonths", "items"), fields(empty));
        Answer unknown = post("/api/v1/maintenance-plans", admin(), """
                {"serialNumber":"%s","level":"ROUTINE","intervalMonths":1,"items":[{"workType":"CLEANING"}]}""".formatted(unique("NOPE")));
        assertEquals(422, unknown.status());
        assertEquals(Set.of("serialNumber"), fields(unknown));
        Answer badType = post("/api/v1/maintenance-plans", admin(), """
                {"serialNumber":"%s","level":"ROUTINE","intervalMonths":1,"items":[{"workType":"WELDING"}]}""".formatted(product()));
        assertEquals(422, badType.status());
        assertEquals(Set.of("items"), fields(badType));
        assertEquals(
                422, get("/api/v1/maintenance-plans/due?date=tomorrow", admin()).status());

        JsonObject plan = planDueOnDay(product());
        String path = "/api/v1/maintenance-plans/" + plan.getJsonNumber("id").longValue();
        String change = """
                {"version":%d,"level":"LEVEL_2","intervalMonths":6,"items":[{"workType":"INSPECTION"}]}""".formatted(plan.getJsonNumber("version").longValue());
        Answer changed = send("PUT", path, admin(), change);
        assertEquals(200, changed.status(), changed.body());
        assertEquals(Set.of(), strings(changed.json(), "requiredQualifications"), "M2: inspection is the operator's");
        assertEquals(409, send("PUT", path, admin(), change).status());
        assertEquals(404, get("/api/v1/maintenance-plans/999999999", admin()).status());
    }

    @Test
    void aCarePlanMakesTheProductsPlanInOneStep() {
        String type = "除湿机" + unique("");
        Answer care = post("/api/v1/care-plans", admin(), """
                {"productType":"%s","name":"除湿机季度保养","level":"SEASONAL","cycleMonths":3,
                 "workTypes":["CLEANING","INSPECTION"],"advice":"每季度清洗滤网，倒空水箱。"}""".formatted(type));
        assertEquals(201, care.status(), care.body());
        long careId = care.json().getJsonNumber("id").longValue();
        assertEquals(
                422,
                post("/api/v1/care-plans", admin(), """
                {"productType":"%s","name":"重复","level":"ROUTINE","cycleMonths":1,"workTypes":["CLEANING"]}""".formatted(type)).status(),
                "one care plan per product type");
        assertTrue(get("/api/v1/care-plans", admin()).body().contains(type));

        Answer plan = post("/api/v1/maintenance-plans", admin(), """
                {"serialNumber":"%s","carePlanId":%d,"startDate":"%s"}""".formatted(product(), careId, DAY));
        assertEquals(201, plan.status(), plan.body());
        JsonObject p = plan.json();
        assertEquals("SEASONAL", p.getString("level"));
        assertEquals(3, p.getInt("intervalMonths"));
        assertEquals(DAY.plusMonths(3).toString(), p.getString("nextDueDate"));
        assertEquals("每季度清洗滤网，倒空水箱。", p.getString("notes"));
        assertEquals(2, p.getJsonArray("items").size());
        assertEquals(careId, p.getJsonNumber("carePlanId").longValue());
    }
}
