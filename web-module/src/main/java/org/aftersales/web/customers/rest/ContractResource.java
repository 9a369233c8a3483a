package org.aftersales.web.customers.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import org.aftersales.customers.boundary.ContractService;
import org.aftersales.customers.boundary.ContractViews.ContractView;
import org.aftersales.customers.boundary.ContractViews.NewContract;
import org.aftersales.domain.accounts.Roles;
import org.aftersales.domain.customers.ContractKind;
import org.aftersales.domain.customers.warranty.Entitlement;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.RuleViolationException;
import org.aftersales.web.shared.rest.EnumParser;

/** C5: service contracts — sign one, move it through Q → Y → B → S, list a customer's. */
@Path("contracts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
public class ContractResource {

    @EJB
    private ContractService contracts;

    public record NewContractDto(
            @NotNull(message = "{validation.required}") Long customerId,
            String number,
            String kind,
            String previousNumber,
            LocalDate start,
            LocalDate end,
            String entitlement,
            String feeTerms,
            Integer responseHours,
            String site,
            List<String> serialNumbers) {}

    public record Stage(Long version) {}

    @POST
    public Response sign(@NotNull(message = "{validation.body}") @Valid NewContractDto body, @Context UriInfo uri) {
        ContractView signed = contracts.create(new NewContract(
                body.number(),
                body.customerId(),
                EnumParser.one(ContractKind.class, body.kind(), "kind", ContractKind.NEW),
                body.previousNumber(),
                body.start(),
                body.end(),
                EnumParser.one(Entitlement.class, body.entitlement(), "entitlement", null),
                body.feeTerms(),
                body.responseHours(),
                body.site(),
                body.serialNumbers()));
        return Response.created(
                        uri.getAbsolutePathBuilder().path(signed.number()).build())
                .entity(signed)
                .build();
    }

    /** The next QYBS stage, against the version read. */
    @POST
    @Path("{number}/stage")
    public ContractView advance(
            @PathParam("number") String number, @NotNull(message = "{validation.body}") Stage body) {
        if (body.version() == null) {
            throw new RuleViolationException(FieldError.of("version", "validation.required"));
        }
        return contracts.advance(number, body.version());
    }

    @GET
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
    public List<ContractView> ofCustomer(@QueryParam("customerId") Long customerId) {
        if (customerId == null) {
            throw new RuleViolationException(FieldError.of("customerId", "validation.required"));
        }
        return contracts.ofCustomer(customerId);
    }
}
