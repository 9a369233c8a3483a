package org.aftersales.web.quality.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;
import org.aftersales.domain.accounts.Roles;
import org.aftersales.domain.quality.KpiCounters;
import org.aftersales.domain.quality.KpiDimension;
import org.aftersales.quality.boundary.KpiViews.KpiGroup;
import org.aftersales.quality.boundary.KpiViews.KpiReport;
import org.aftersales.quality.boundary.Kpis;
import org.aftersales.web.shared.rest.EnumParser;
import org.aftersales.web.shared.rest.QueryDates;

/**
 * Q8 {@code GET /kpis?from=&to=&groupBy=MODEL|REGION|TECHNICIAN|KIND|LEVEL} (API.md): the KPIs of a
 * period from the daily rollups, ratios as decimal strings.
 */
@Path("kpis")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.QUALITY, Roles.MANAGER, Roles.ADMIN})
public class KpiResource {

    @EJB
    private Kpis kpis;

    @GET
    public KpiBody kpis(
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("groupBy") String groupBy) {
        KpiReport report = kpis.report(
                QueryDates.optional(from, "from"),
                QueryDates.optional(to, "to"),
                EnumParser.one(KpiDimension.class, groupBy, "groupBy", KpiDimension.ALL));
        return KpiBody.of(report);
    }

    /** One set of figures (the whole period or a group); ratios as decimal strings, null when nothing counted. */
    @JsonbNillable
    public record Figures(
            String key,
            long tickets,
            String slaArrivalMet,
            String slaSolutionMet,
            String slaResolutionMet,
            String firstTimeFix,
            String repeatFailure30d,
            String mttrHours,
            long complaints,
            String complaintsPerThousandProducts,
            String satisfaction,
            long surveys,
            String evaluationQuality,
            String evaluationAttitude) {

        static Figures of(String key, KpiCounters c, BigDecimal perThousand) {
            return new Figures(
                    key,
                    c.closed(),
                    s(c.slaArrivalMet()),
                    s(c.slaSolutionMet()),
                    s(c.slaResolutionMet()),
                    s(c.firstTimeFixRate()),
                    s(c.repeatFailureRate()),
                    s(c.mttrHours()),
                    c.complaints(),
                    s(perThousand),
                    s(c.satisfaction()),
                    c.surveys(),
                    s(c.evaluationQuality()),
                    s(c.evaluationAttitude()));
        }

        private static String s(BigDecimal d) {
            return d == null ? null : d.toPlainString();
        }
    }

    /** {@code GET /kpis}: the period's figures and its groups. */
    @JsonbNillable
    public record KpiBody(
            String from,
            String to,
            String groupBy,
            long tickets,
            String slaArrivalMet,
            String slaSolutionMet,
            String slaResolutionMet,
            String firstTimeFix,
            String repeatFailure30d,
            String mttrHours,
            long complaints,
            String complaintsPerThousandProducts,
            String satisfaction,
            List<Figures> groups) {

        static KpiBody of(KpiReport r) {
            Figures t = Figures.of(null, r.total(), r.complaintsPerThousand());
            return new KpiBody(
                    r.from().toString(),
                    r.to().toString(),
                    r.groupBy().name(),
                    t.tickets(),
                    t.slaArrivalMet(),
                    t.slaSolutionMet(),
                    t.slaResolutionMet(),
                    t.firstTimeFix(),
                    t.repeatFailure30d(),
                    t.mttrHours(),
                    t.complaints(),
                    t.complaintsPerThousandProducts(),
                    t.satisfaction(),
                    r.groups().stream()
                            .map((KpiGroup g) -> Figures.of(g.key(), g.counters(), g.complaintsPerThousand()))
                            .toList());
        }
    }
}
