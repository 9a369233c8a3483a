package org.aftersales.web.approvals.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.ZoneId;
import java.util.List;
import org.aftersales.approvals.boundary.ApprovalViews.ApprovalDetail;
import org.aftersales.approvals.boundary.ApprovalViews.ApprovalSummary;
import org.aftersales.approvals.boundary.ApprovalViews.Box;
import org.aftersales.approvals.boundary.ApprovalViews.DecisionInput;
import org.aftersales.approvals.boundary.ApprovalViews.DecisionView;
import org.aftersales.approvals.boundary.ApprovalViews.Filter;
import org.aftersales.approvals.boundary.ApprovalViews.StepView;
import org.aftersales.approvals.boundary.Approvals;
import org.aftersales.domain.accounts.Roles;
import org.aftersales.domain.approvals.ApprovalKind;
import org.aftersales.domain.approvals.ApprovalState;
import org.aftersales.domain.approvals.Verdict;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.RuleViolationException;
import org.aftersales.settings.boundary.BusinessCalendar;
import org.aftersales.web.shared.i18n.Messages;
import org.aftersales.web.shared.rest.ApiLocale;
import org.aftersales.web.shared.rest.ApiTime;
import org.aftersales.web.shared.rest.EnumParser;
import org.aftersales.web.shared.rest.MoneyText;
import org.aftersales.web.shared.rest.Page;
import org.aftersales.web.shared.rest.PageParams;

/**
 * The approvals inbox over HTTP (API.md, "Approvals"): what waits for me, one request with its
 * chain and decisions, approve or reject (a reason is required to reject), withdraw my own, and
 * approve several of one kind at once.
 */
@Path("approvals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({
    Roles.AGENT,
    Roles.DISPATCHER,
    Roles.TECHNICIAN,
    Roles.WAREHOUSE,
    Roles.FINANCE,
    Roles.QUALITY,
    Roles.MANAGER,
    Roles.ADMIN
})
public class ApprovalResource {

    @EJB
    private Approvals approvals;

    @Inject
    private BusinessCalendar calendar;

    @Context
    private SecurityContext security;

    @Context
    private HttpHeaders headers;

    @JsonbNillable
    public record Item(
            long id,
            String kind,
            String subject,
            String summary,
            String amount,
            String department,
            String requestedBy,
            String requestedAt,
            String state,
            String currentStep,
            String waitingSince,
            String endedAt,
            String reason) {

        static Item of(ApprovalSummary s, ZoneId zone) {
            return new Item(
                    s.id(),
                    s.kind().name(),
                    s.subject(),
                    s.summary(),
                    MoneyText.format(s.amount()),
                    s.department(),
                    s.requestedBy(),
                    ApiTime.format(s.requestedAt(), zone),
                    s.state().name(),
                    s.currentStepName(),
                    ApiTime.format(s.waitingSince(), zone),
                    ApiTime.format(s.endedAt(), zone),
                    s.endReason());
        }
    }

    @JsonbNillable
    public record Decision(String by, String onBehalfOf, String decision, String at, String reason) {
        static Decision of(DecisionView d, ZoneId zone) {
            return new Decision(d.by(), d.onBehalfOf(), d.decision().name(), ApiTime.format(d.at(), zone), d.reason());
        }
    }

    @JsonbNillable
    public record Step(
            int position,
            String name,
            String state,
            List<String> users,
            List<String> roles,
            boolean all,
            Integer quorum,
            String minAmount,
            List<Decision> decisions) {
        static Step of(StepView s, ZoneId zone) {
            return new Step(
                    s.position(),
                    s.name(),
                    s.state().name(),
                    s.users(),
                    s.roles().stream().map(Enum::name).sorted().toList(),
                    s.all(),
                    s.quorum(),
                    MoneyText.format(s.minAmount()),
                    s.decisions().stream().map(d -> Decision.of(d, zone)).toList());
        }
    }

    /** {@code GET /approvals/{id}}: the line plus its steps, and what the caller may do. */
    @JsonbNillable
    public record Detail(
            long id,
            String kind,
            String subject,
            String summary,
            String amount,
            String department,
            String requestedBy,
            String requestedAt,
            String state,
            String currentStep,
            Integer currentPosition,
            String endedAt,
            String reason,
            List<Step> steps,
            boolean mayDecide,
            boolean mayWithdraw) {
        static Detail of(ApprovalDetail d, ZoneId zone) {
            ApprovalSummary s = d.request();
            return new Detail(
                    s.id(),
                    s.kind().name(),
                    s.subject(),
                    s.summary(),
                    MoneyText.format(s.amount()),
                    s.department(),
                    s.requestedBy(),
                    ApiTime.format(s.requestedAt(), zone),
                    s.state().name(),
                    s.currentStepName(),
                    s.currentStep(),
                    ApiTime.format(s.endedAt(), zone),
                    s.endReason(),
                    d.steps().stream().map(st -> Step.of(st, zone)).toList(),
                    d.mayDecide(),
                    d.mayWithdraw());
        }
    }

    /** {@code step}: optional, the position of the step the decider looked at (another one waits → 409). */
    public record DecisionBody(String decision, String reason, Integer step) {}

    public record Withdrawal(String reason) {}

    public record Bulk(List<Long> ids) {}

    public record BulkItem(long id, String subject, boolean approved, String problem) {}

    /**
     * {@code ?mine=true} what waits for the caller (or for whom the caller stands in today);
     * {@code box=WAITING|DECIDED|REQUESTED|ALL} the inbox's other lists (ALL: managers); filters
     * {@code state, kind, department, minAmount, maxAmount, olderThanDays}. Without either, managers
     * see every request and everyone else what waits for them.
     */
    @GET
    public Page<Item> list(
            @BeanParam PageParams page,
            @QueryParam("mine") Boolean mine,
            @QueryParam("box") String box,
            @QueryParam("state") String state,
            @QueryParam("kind") String kind,
            @QueryParam("department") String department,
            @QueryParam("minAmount") String minAmount,
            @QueryParam("maxAmount") String maxAmount,
            @QueryParam("olderThanDays") Integer olderThanDays) {
        Box chosen = EnumParser.one(Box.class, box, "box", null);
        if (chosen == null) {
            chosen = Boolean.TRUE.equals(mine) ? Box.WAITING : null;
        }
        if (chosen == null) {
            chosen = Boolean.FALSE.equals(mine) || manager() ? Box.ALL : Box.WAITING;
        }
        if (olderThanDays != null && (olderThanDays < 0 || olderThanDays > 3650)) {
            throw new RuleViolationException(FieldError.of("olderThanDays", "validation.integerRange", 0, 3650));
        }
        Filter filter = new Filter(
                chosen,
                EnumParser.one(ApprovalKind.class, kind, "kind", null),
                department,
                EnumParser.one(ApprovalState.class, state, "state", null),
                MoneyText.parse(minAmount, "minAmount"),
                MoneyText.parse(maxAmount, "maxAmount"),
                olderThanDays);
        ZoneId zone = calendar.zone();
        return Page.of(approvals.list(filter, page.first(), page.size()), s -> Item.of(s, zone));
    }

    /** {@code {"waiting": 3}}: how many wait for the caller. */
    public record Count(long waiting) {}

    @GET
    @Path("count")
    public Count count() {
        return new Count(approvals.waitingCount());
    }

    @GET
    @Path("{id}")
    public Detail find(@PathParam("id") long id) {
        return Detail.of(approvals.find(id), calendar.zone());
    }

    /** APPROVE or REJECT (with a reason); 403 not a decider of this step or one's own; 409 decided meanwhile. */
    @POST
    @Path("{id}/decision")
    public Detail decide(@PathParam("id") long id, @NotNull(message = "{validation.body}") DecisionBody body) {
        Verdict verdict = EnumParser.one(Verdict.class, body.decision(), "decision", null);
        if (verdict == null) {
            throw new RuleViolationException(FieldError.of("decision", "validation.required"));
        }
        return Detail.of(approvals.decide(id, new DecisionInput(verdict, body.reason(), body.step())), calendar.zone());
    }

    /** 撤回: the requester withdraws a pending request. */
    @POST
    @Path("{id}/withdrawal")
    public Detail withdraw(@PathParam("id") long id, Withdrawal body) {
        return Detail.of(approvals.withdraw(id, body == null ? null : body.reason()), calendar.zone());
    }

    /** Approves several requests of one kind; each item says whether it was approved and, if not, why. */
    @POST
    @Path("bulk-approval")
    public List<BulkItem> approveAll(@NotNull(message = "{validation.body}") Bulk body) {
        if (body.ids() == null || body.ids().isEmpty()) {
            throw new RuleViolationException(FieldError.of("ids", "validation.required"));
        }
        return approvals.approveAll(body.ids()).stream()
                .map(r -> new BulkItem(
                        r.id(),
                        r.subject(),
                        r.approved(),
                        r.approved() ? null : Messages.get(ApiLocale.of(headers), r.messageKey(), r.args())))
                .toList();
    }

    private boolean manager() {
        return security.isUserInRole(Roles.MANAGER) || security.isUserInRole(Roles.ADMIN);
    }
}
