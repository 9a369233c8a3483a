package org.aftersales.web.quality.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.aftersales.domain.accounts.Roles;
import org.aftersales.quality.boundary.KpiViews.EvaluationView;
import org.aftersales.quality.boundary.RepairEvaluations;

/** Q6 {@code PUT /tickets/{number}/evaluation}: an evaluator scores a closed ticket's repair (1–10). */
@Path("tickets/{number}/evaluation")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.QUALITY, Roles.MANAGER})
public class EvaluationResource {

    @EJB
    private RepairEvaluations evaluations;

    @PUT
    public EvaluationView evaluate(
            @PathParam("number") String number, @NotNull(message = "{validation.body}") EvaluationBody body) {
        return evaluations.evaluate(number, body.quality(), body.attitude(), body.remarks());
    }

    public record EvaluationBody(Integer quality, Integer attitude, String remarks) {}
}
