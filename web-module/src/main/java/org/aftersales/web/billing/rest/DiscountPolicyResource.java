package org.aftersales.web.billing.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.aftersales.billing.boundary.DiscountPolicies;
import org.aftersales.billing.boundary.DiscountPolicies.PolicyInput;
import org.aftersales.billing.boundary.DiscountPolicies.PolicyView;
import org.aftersales.domain.accounts.Roles;
import org.aftersales.domain.billing.DiscountPolicyKind;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.RuleViolationException;
import org.aftersales.web.shared.rest.EnumParser;
import org.aftersales.web.shared.rest.MoneyText;
import org.aftersales.web.shared.rest.Page;

/** B4 收费政策与优惠: {@code /discount-policies} — read by the quote's people, kept by FINANCE and managers. */
@Path("discount-policies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.AGENT, Roles.DISPATCHER, Roles.TECHNICIAN, Roles.FINANCE, Roles.MANAGER, Roles.ADMIN})
public class DiscountPolicyResource {

    @EJB
    private DiscountPolicies policies;

    /** {@code PUT /discount-policies/{code}}: {@code percent} ("10.00" = 10 %) or {@code amount}. */
    public record PolicyBody(
            String name,
            String kind,
            String percent,
            String amount,
            String validFrom,
            String validUntil,
            Boolean active) {}

    @JsonbNillable
    public record Policy(
            String code,
            String name,
            String kind,
            String percent,
            String amount,
            String validFrom,
            String validUntil,
            boolean active,
            boolean inForce) {
        static Policy of(PolicyView p) {
            return new Policy(
                    p.code(),
                    p.name(),
                    p.kind().name(),
                    p.percent() == null ? null : p.percent().toPlainString(),
                    MoneyText.format(p.amount()),
                    p.validFrom() == null ? null : p.validFrom().toString(),
                    p.validUntil() == null ? null : p.validUntil().toString(),
                    p.active(),
                    p.inForce());
        }
    }

    /** Every policy; {@code inForce=true}: those a quote may apply today. */
    @GET
    public Page<Policy> list(@jakarta.ws.rs.QueryParam("inForce") boolean inForce) {
        List<Policy> items = (inForce ? policies.inForce() : policies.list())
                .stream().map(Policy::of).toList();
        return new Page<>(items, items.size());
    }

    @GET
    @Path("{code}")
    public Policy get(@PathParam("code") String code) {
        return Policy.of(policies.get(code));
    }

    @PUT
    @Path("{code}")
    @RolesAllowed({Roles.FINANCE, Roles.MANAGER, Roles.ADMIN})
    public Policy put(@PathParam("code") String code, @NotNull(message = "{validation.body}") PolicyBody body) {
        DiscountPolicyKind kind = EnumParser.one(DiscountPolicyKind.class, body.kind(), "kind", null);
        return Policy.of(policies.put(
                code,
                new PolicyInput(
                        body.name(),
                        kind,
                        MoneyText.parse(body.percent(), "percent"),
                        MoneyText.parse(body.amount(), "amount"),
                        date(body.validFrom(), "validFrom"),
                        date(body.validUntil(), "validUntil"),
                        body.active() == null || body.active())));
    }

    private static LocalDate date(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new RuleViolationException(FieldError.of(field, "validation.date"));
        }
    }
}
