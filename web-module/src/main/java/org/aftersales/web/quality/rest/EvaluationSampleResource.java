package org.aftersales.web.quality.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.aftersales.domain.accounts.Roles;
import org.aftersales.domain.quality.AuditVerdict;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.RuleViolationException;
import org.aftersales.quality.boundary.KpiViews.AuditView;
import org.aftersales.quality.boundary.RepairEvaluations;
import org.aftersales.web.shared.rest.EnumParser;

/**
 * Q6: the month's audit sample of closed tickets ({@code quality.audit-sample-percent}, drawn on the
 * 1st by a timer or here by a manager; the same month always gives the same tickets) and the
 * manager's verdicts.
 */
@Path("evaluation-samples")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.QUALITY, Roles.MANAGER, Roles.ADMIN})
public class EvaluationSampleResource {

    @EJB
    private RepairEvaluations evaluations;

    @POST
    @Path("{month}")
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    public List<AuditView> sample(@PathParam("month") String month) {
        return evaluations.sample(month(month));
    }

    @GET
    @Path("{month}")
    public List<AuditView> audits(@PathParam("month") String month) {
        return evaluations.audits(month(month));
    }

    @POST
    @Path("audits/{id}")
    @RolesAllowed(Roles.MANAGER)
    public AuditView audit(@PathParam("id") long id, @NotNull(message = "{validation.body}") AuditBody body) {
        return evaluations.audit(id, EnumParser.one(AuditVerdict.class, body.verdict(), "verdict", null), body.note());
    }

    private static YearMonth month(String text) {
        try {
            return YearMonth.parse(text == null ? "" : text.strip());
        } catch (DateTimeParseException e) {
            throw new RuleViolationException(FieldError.of("month", "validation.month"));
        }
    }

    public record AuditBody(String verdict, String note) {}
}
