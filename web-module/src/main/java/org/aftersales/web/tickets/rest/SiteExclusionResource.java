package org.aftersales.web.tickets.rest;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.aftersales.domain.accounts.Roles;
import org.aftersales.domain.customers.warranty.Exclusion;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.RuleViolationException;
import org.aftersales.domain.shared.UnknownEntityException;
import org.aftersales.settings.boundary.BusinessCalendar;
import org.aftersales.tickets.boundary.SiteExclusions;
import org.aftersales.tickets.boundary.SiteExclusions.ExclusionView;
import org.aftersales.tickets.boundary.SiteExclusions.Findings;
import org.aftersales.web.shared.i18n.Messages;
import org.aftersales.web.shared.rest.ApiLocale;
import org.aftersales.web.shared.rest.ApiTime;
import org.aftersales.web.shared.rest.EnumParser;

/**
 * W4: {@code /tickets/{number}/exclusions} — exclusions found on site (with a note or a photo), who
 * pays now and why, and the goodwill exception asked of a manager (approval kind WARRANTY_EXCEPTION).
 */
@Path("tickets/{number}/exclusions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.AGENT, Roles.DISPATCHER, Roles.TECHNICIAN, Roles.FINANCE, Roles.MANAGER, Roles.ADMIN})
public class SiteExclusionResource {

    private static final String DATA_URL = ";base64,";

    @EJB
    private SiteExclusions exclusions;

    @Inject
    private BusinessCalendar calendar;

    @Context
    private HttpHeaders headers;

    /** {@code POST}: {@code photo} a data URL of a JPEG or PNG. */
    public record ExclusionBody(String exclusion, String note, String photo) {}

    /** {@code POST …/{id}/goodwill}. */
    public record GoodwillBody(String reason) {}

    @JsonbNillable
    public record ExclusionJson(
            long id,
            String exclusion,
            String note,
            boolean photo,
            String recordedBy,
            String recordedAt,
            String goodwill,
            String goodwillReason,
            String goodwillDecidedBy,
            String goodwillDecidedAt,
            String customerToldAt,
            String customerToldTo) {
        static ExclusionJson of(ExclusionView x, ZoneId zone) {
            return new ExclusionJson(
                    x.id(),
                    x.exclusion().name(),
                    x.note(),
                    x.photo(),
                    x.recordedBy(),
                    ApiTime.format(x.recordedAt(), zone),
                    x.goodwill().name(),
                    x.goodwillReason(),
                    x.goodwillDecidedBy(),
                    ApiTime.format(x.goodwillDecidedAt(), zone),
                    ApiTime.format(x.customerToldAt(), zone),
                    x.customerToldTo());
        }
    }

    @JsonbNillable
    public record FindingsJson(
            String ticketNumber, String entitlement, String entitlementReason, List<ExclusionJson> exclusions) {}

    @GET
    public FindingsJson list(@PathParam("number") String number) {
        return json(exclusions.list(number));
    }

    @POST
    @RolesAllowed({Roles.AGENT, Roles.DISPATCHER, Roles.TECHNICIAN, Roles.MANAGER, Roles.ADMIN})
    public Response record(
            @PathParam("number") String number, @NotNull(message = "{validation.body}") ExclusionBody body) {
        Exclusion exclusion = EnumParser.one(Exclusion.class, body.exclusion(), "exclusion", null);
        return Response.status(Response.Status.CREATED)
                .entity(json(exclusions.record(
                        number, new SiteExclusions.ExclusionInput(exclusion, body.note(), photo(body.photo())))))
                .build();
    }

    @POST
    @Path("{id}/goodwill")
    @RolesAllowed({Roles.AGENT, Roles.DISPATCHER, Roles.TECHNICIAN, Roles.MANAGER, Roles.ADMIN})
    public FindingsJson goodwill(
            @PathParam("number") String number,
            @PathParam("id") long id,
            @NotNull(message = "{validation.body}") GoodwillBody body) {
        return json(exclusions.requestGoodwill(number, id, body.reason()));
    }

    @GET
    @Path("{id}/photo")
    @Produces({"image/jpeg", "image/png", MediaType.APPLICATION_JSON})
    public Response photo(@PathParam("number") String number, @PathParam("id") long id) {
        byte[] photo = exclusions.photo(number, id).orElseThrow(() -> new UnknownEntityException("SiteExclusion", id));
        boolean png = photo.length > 3 && photo[1] == 'P' && photo[2] == 'N' && photo[3] == 'G';
        return Response.ok(photo, png ? "image/png" : "image/jpeg").build();
    }

    private FindingsJson json(Findings f) {
        Locale locale = ApiLocale.of(headers);
        ZoneId zone = calendar.zone();
        String reason = null;
        if (f.entitlementReason() != null) {
            String[] parts = f.entitlementReason().split("\\|", -1);
            reason = Messages.get(locale, parts[0], List.of(parts).subList(1, parts.length));
        }
        return new FindingsJson(
                f.ticketNumber(),
                f.entitlement().name(),
                reason,
                f.exclusions().stream().map(x -> ExclusionJson.of(x, zone)).toList());
    }

    /** A photo as a data URL ({@code data:image/jpeg;base64,…}). */
    static byte[] photo(String dataUrl) {
        if (dataUrl == null || dataUrl.isBlank()) {
            return null;
        }
        int at = dataUrl.indexOf(DATA_URL);
        try {
            if (!dataUrl.startsWith("data:image/") || at < 0) {
                throw new IllegalArgumentException("not an image data URL");
            }
            byte[] bytes = Base64.getDecoder()
                    .decode(dataUrl.substring(at + DATA_URL.length()).strip());
            if (bytes.length > SiteExclusions.MAX_PHOTO_BYTES) {
                throw new IllegalArgumentException("size");
            }
            return bytes;
        } catch (IllegalArgumentException e) {
            throw new RuleViolationException(FieldError.of("photo", "validation.photo"));
        }
    }
}
