package org.aftersales.web.billing.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.ZoneId;
import java.util.List;
import org.aftersales.billing.boundary.Guarantees;
import org.aftersales.billing.boundary.Guarantees.GuaranteeView;
import org.aftersales.domain.accounts.Roles;
import org.aftersales.domain.billing.GuaranteeRemedy;
import org.aftersales.settings.boundary.BusinessCalendar;
import org.aftersales.web.shared.rest.ApiTime;
import org.aftersales.web.shared.rest.EnumParser;
import org.aftersales.web.shared.rest.MoneyText;
import org.aftersales.web.shared.rest.Page;

/** W6 三包: {@code /tickets/{number}/guarantee-decisions} — repair → replace → refund, with reason and approver. */
@Path("tickets/{number}/guarantee-decisions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.AGENT, Roles.DISPATCHER, Roles.TECHNICIAN, Roles.FINANCE, Roles.MANAGER, Roles.ADMIN})
public class GuaranteeResource {

    @EJB
    private Guarantees guarantees;

    @Inject
    private BusinessCalendar calendar;

    public record DecisionBody(String remedy, String reason, String servicePoint, String partNumber, String amount) {}

    @JsonbNillable
    public record Decision(
            long id,
            String remedy,
            String reason,
            String approvedBy,
            String decidedAt,
            String slipNumber,
            String refundSubject) {
        static Decision of(GuaranteeView d, ZoneId zone) {
            return new Decision(
                    d.id(),
                    d.remedy().name(),
                    d.reason(),
                    d.approvedBy(),
                    ApiTime.format(d.decidedAt(), zone),
                    d.slipNumber(),
                    d.refundSubject());
        }
    }

    @GET
    public Page<Decision> list(@PathParam("number") String number) {
        return page(guarantees.list(number));
    }

    /** 201 with every decision of the ticket. */
    @POST
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    public Response decide(
            @PathParam("number") String number, @NotNull(message = "{validation.body}") DecisionBody body) {
        GuaranteeRemedy remedy = EnumParser.one(GuaranteeRemedy.class, body.remedy(), "remedy", null);
        return Response.status(Response.Status.CREATED)
                .entity(page(guarantees.decide(
                        number,
                        new Guarantees.GuaranteeInput(
                                remedy,
                                body.reason(),
                                body.servicePoint(),
                                body.partNumber(),
                                MoneyText.parse(body.amount(), "amount")))))
                .build();
    }

    private Page<Decision> page(List<GuaranteeView> all) {
        ZoneId zone = calendar.zone();
        return new Page<>(all.stream().map(d -> Decision.of(d, zone)).toList(), all.size());
    }
}
