package org.aftersales.web.customers.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.aftersales.customers.boundary.EntitlementService;
import org.aftersales.customers.boundary.ProductService;
import org.aftersales.customers.boundary.WarrantyService;
import org.aftersales.domain.accounts.Roles;
import org.aftersales.domain.customers.warranty.WarrantyAssessment;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.RuleViolationException;
import org.aftersales.domain.shared.UnknownEntityException;
import org.aftersales.settings.boundary.BusinessCalendar;
import org.aftersales.web.customers.rest.CustomerDtos.CoverageDto;
import org.aftersales.web.customers.rest.CustomerDtos.Entitlement;
import org.aftersales.web.customers.rest.CustomerDtos.Product;
import org.aftersales.web.customers.rest.CustomerDtos.Warranty;
import org.aftersales.web.shared.i18n.Messages;
import org.aftersales.web.shared.rest.ApiLocale;
import org.aftersales.web.shared.rest.QueryDates;

/** C3, W1–W5, C5: a product by its serial number, its warranty on a date, and who pays. */
@Path("products")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({
    Roles.AGENT,
    Roles.DISPATCHER,
    Roles.TECHNICIAN,
    Roles.WAREHOUSE,
    Roles.FINANCE,
    Roles.QUALITY,
    Roles.MANAGER,
    Roles.ADMIN,
    Roles.PARTNER
})
public class ProductResource {

    @Inject
    private BusinessCalendar calendar;

    @EJB
    private ProductService products;

    @EJB
    private WarrantyService warranty;

    @EJB
    private EntitlementService entitlements;

    @Context
    private HttpHeaders headers;

    @GET
    @Path("{serialNumber}")
    public Product get(@PathParam("serialNumber") String serialNumber) {
        return products.find(serialNumber)
                .map(Product::of)
                .orElseThrow(() -> new UnknownEntityException("Product", serialNumber));
    }

    /** Exactly API.md: status, start, startBasis, coverage (last day covered per component), reason. */
    @GET
    @Path("{serialNumber}/warranty")
    public Warranty warranty(@PathParam("serialNumber") String serialNumber, @QueryParam("date") String date) {
        WarrantyAssessment a = warranty.check(serialNumber, QueryDates.orToday(date, "date", calendar.today()))
                .assessment();
        Locale locale = ApiLocale.of(headers);
        return new Warranty(
                a.serialNumber(),
                a.status().name(),
                a.start(),
                a.startBasis().name(),
                a.coverage().stream()
                        .map(c -> new CoverageDto(c.component(), c.until()))
                        .toList(),
                Messages.get(locale, a.reasonKey(), a.reasonArgs()));
    }

    /** C5: FREE, PAID or NEGOTIATED for a request of this customer about this product on the date. */
    @GET
    @Path("{serialNumber}/entitlement")
    public Entitlement entitlement(
            @PathParam("serialNumber") String serialNumber,
            @QueryParam("customerId") Long customerId,
            @QueryParam("date") String date,
            @QueryParam("exclusion") List<String> exclusions) {
        if (customerId == null) {
            throw new RuleViolationException(FieldError.of("customerId", "validation.required"));
        }
        EntitlementService.Decision d = entitlements.decide(
                customerId,
                serialNumber,
                QueryDates.orToday(date, "date", calendar.today()),
                exclusions == null ? Set.of() : Set.copyOf(exclusions));
        Locale locale = ApiLocale.of(headers);
        return new Entitlement(
                d.serialNumber(),
                d.date(),
                d.entitlement().entitlement().name(),
                Messages.get(
                        locale, d.entitlement().reasonKey(), d.entitlement().reasonArgs()),
                d.warranty().status().name(),
                d.contractNumber());
    }
}
