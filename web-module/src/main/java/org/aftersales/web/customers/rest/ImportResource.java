package org.aftersales.web.customers.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import org.aftersales.customers.boundary.HandoverImport;
import org.aftersales.domain.accounts.Roles;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.RuleViolationException;
import org.aftersales.web.shared.i18n.Messages;
import org.aftersales.web.shared.rest.ApiLocale;

/**
 * C2: {@code POST /imports/handover} — the day's deliveries as the file's bytes (CSV or XLSX;
 * {@code ?fileName=} or the Content-Type tells which). {@code ?dryRun=true} previews. Importing the
 * same file again changes nothing (idempotent on the serial number).
 */
@Path("imports/handover")
@RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.ADMIN, Roles.PARTNER})
public class ImportResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final int MAX_BYTES = 20 * 1024 * 1024;

    @EJB
    private HandoverImport handover;

    @Context
    private HttpHeaders headers;

    public record Rejected(int line, String serialNumber, String reason) {}

    public record Outcome(
            boolean applied,
            int newCustomers,
            int newProducts,
            int alreadyImported,
            int rejectedCount,
            List<Rejected> rejected) {}

    @POST
    @Consumes({"text/csv", XLSX, MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    public Outcome upload(
            byte[] content, @QueryParam("fileName") String fileName, @QueryParam("dryRun") boolean dryRun) {
        if (content == null || content.length == 0) {
            throw new RuleViolationException(FieldError.of("file", "validation.required"));
        }
        if (content.length > MAX_BYTES) {
            throw new RuleViolationException(FieldError.of("file", "handover.tooLarge"));
        }
        String name = fileName != null && !fileName.isBlank()
                ? fileName
                : headers.getMediaType() != null
                                && headers.getMediaType().toString().startsWith(XLSX)
                        ? "handover.xlsx"
                        : "handover.csv";
        HandoverImport.Result result = dryRun ? handover.preview(name, content) : handover.importFile(name, content);
        Locale locale = ApiLocale.of(headers);
        return new Outcome(
                result.applied(),
                result.newCustomers(),
                result.newProducts(),
                result.alreadyImported(),
                result.rejected().size(),
                result.rejected().stream()
                        .map(r -> new Rejected(
                                r.line(), r.serialNumber(), Messages.get(locale, r.reasonKey(), r.reasonArgs())))
                        .toList());
    }
}
