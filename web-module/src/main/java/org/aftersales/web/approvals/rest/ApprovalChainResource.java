package org.aftersales.web.approvals.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import org.aftersales.approvals.boundary.ApprovalChains;
import org.aftersales.approvals.boundary.ApprovalViews.ChainInput;
import org.aftersales.approvals.boundary.ApprovalViews.ChainView;
import org.aftersales.approvals.boundary.ApprovalViews.StepInput;
import org.aftersales.domain.accounts.Role;
import org.aftersales.domain.accounts.Roles;
import org.aftersales.domain.approvals.ApprovalKind;
import org.aftersales.domain.approvals.StepRule;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.RuleViolationException;
import org.aftersales.domain.shared.UnknownEntityException;
import org.aftersales.web.shared.rest.EnumParser;
import org.aftersales.web.shared.rest.MoneyText;

/**
 * The approval chains (API.md, "Approvals"): {@code PUT /approval-chains/{kind}?department=SC} with
 * the steps in order; without {@code department} the kind's default chain.
 */
@Path("approval-chains")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class ApprovalChainResource {

    @EJB
    private ApprovalChains chains;

    @JsonbNillable
    public record Step(
            String name, List<String> users, List<String> roles, Boolean all, Integer quorum, String minAmount) {

        static Step of(StepRule r) {
            return new Step(
                    r.name(),
                    r.users(),
                    r.roles().stream().map(Enum::name).sorted().toList(),
                    r.all(),
                    r.quorum(),
                    MoneyText.format(r.minAmount()));
        }
    }

    /** The steps in order; {@code version} optional (a stale one → 409). */
    @JsonbNillable
    public record Chain(String kind, String department, List<Step> steps, Long version) {

        static Chain of(ChainView c) {
            return new Chain(
                    c.kind().name(),
                    c.department(),
                    c.steps().stream().map(Step::of).toList(),
                    c.version());
        }
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.FINANCE, Roles.QUALITY})
    public List<Chain> all() {
        return chains.all().stream().map(Chain::of).toList();
    }

    @GET
    @Path("{kind}")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.FINANCE, Roles.QUALITY})
    public Chain find(@PathParam("kind") String kind, @QueryParam("department") String department) {
        ApprovalKind k = kind(kind);
        return chains.find(k, department)
                .map(Chain::of)
                .orElseThrow(() -> new UnknownEntityException(
                        "ApprovalChain", k.name() + (department == null ? "" : "/" + department)));
    }

    @PUT
    @Path("{kind}")
    public Chain put(
            @PathParam("kind") String kind,
            @QueryParam("department") String department,
            @NotNull(message = "{validation.body}") Chain body) {
        ApprovalKind k = kind(kind);
        if (body.steps() == null || body.steps().isEmpty()) {
            throw new RuleViolationException(FieldError.of("steps", "validation.approvalStepsRequired"));
        }
        List<StepInput> steps = new ArrayList<>();
        for (int i = 0; i < body.steps().size(); i++) {
            Step s = body.steps().get(i);
            if (s == null) {
                throw new RuleViolationException(FieldError.of("steps[" + i + "]", "validation.required"));
            }
            steps.add(new StepInput(
                    s.name(),
                    s.users() == null ? List.of() : s.users(),
                    EnumParser.parse(Role.class, s.roles(), "steps[" + i + "].roles"),
                    Boolean.TRUE.equals(s.all()),
                    s.quorum(),
                    MoneyText.parse(s.minAmount(), "steps[" + i + "].minAmount")));
        }
        return Chain.of(chains.put(k, department, new ChainInput(steps), body.version()));
    }

    /** {@code ?department=SC}: the department goes back to the kind's default chain. */
    @DELETE
    @Path("{kind}")
    public Response remove(@PathParam("kind") String kind, @QueryParam("department") String department) {
        if (department == null || department.isBlank()) {
            throw new RuleViolationException(FieldError.of("department", "validation.required"));
        }
        chains.remove(kind(kind), department);
        return Response.noContent().build();
    }

    private static ApprovalKind kind(String kind) {
        ApprovalKind k = EnumParser.one(ApprovalKind.class, kind, "kind", null);
        if (k == null) {
            throw new RuleViolationException(FieldError.of("kind", "validation.required"));
        }
        return k;
    }
}
