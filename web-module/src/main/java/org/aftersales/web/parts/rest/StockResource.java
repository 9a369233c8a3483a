package org.aftersales.web.parts.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.aftersales.domain.accounts.Roles;
import org.aftersales.domain.parts.StockReportLine;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.RuleViolationException;
import org.aftersales.parts.boundary.PartService;
import org.aftersales.parts.boundary.PartViews;
import org.aftersales.parts.boundary.StockService;
import org.aftersales.parts.boundary.StockViews;
import org.aftersales.settings.boundary.BusinessCalendar;
import org.aftersales.settings.boundary.SettingReader;
import org.aftersales.web.parts.print.SlipForm;
import org.aftersales.web.parts.rest.StockDtos.NewReceipt;
import org.aftersales.web.parts.rest.StockDtos.ReportLine;
import org.aftersales.web.parts.rest.StockDtos.Slip;
import org.aftersales.web.parts.rest.StockDtos.Stock;
import org.aftersales.web.shared.rest.MoneyText;
import org.aftersales.web.shared.rest.Page;
import org.aftersales.web.shared.rest.PageParams;

/**
 * P2, P3, P6: {@code /stock} as API.md says — receipts (入库单), issues (出库单), transfers (调拨单),
 * the stock per service point and part, minimum and maximum. Not enough stock → 409, nothing moved.
 */
@Path("stock")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.WAREHOUSE, Roles.MANAGER, Roles.ADMIN, Roles.TECHNICIAN, Roles.DISPATCHER})
public class StockResource {

    @jakarta.inject.Inject
    private org.aftersales.web.shared.view.StaffNames staffNames;

    @Inject
    private BusinessCalendar calendar;

    @EJB
    private StockService stock;

    @Inject
    private SettingReader settings;

    @EJB
    private PartService parts;

    @Context
    private UriInfo uri;

    /** P2: only counted quantities enter stock; invoiced ≠ counted → the receiving-discrepancy register. */
    @POST
    @Path("receipts")
    @RolesAllowed({Roles.WAREHOUSE, Roles.MANAGER, Roles.ADMIN})
    public Response receive(@NotNull(message = "{validation.body}") NewReceipt body) {
        List<StockViews.ReceiptLine> lines = body.lines() == null ? null : new ArrayList<>();
        for (int i = 0; lines != null && i < body.lines().size(); i++) {
            StockDtos.ReceiptLine l = body.lines().get(i);
            lines.add(
                    l == null
                            ? null
                            : new StockViews.ReceiptLine(
                                    l.partNumber(),
                                    l.invoicedQty(),
                                    l.countedQty(),
                                    MoneyText.parse(l.unitPrice(), "lines[" + i + "].unitPrice")));
        }
        return created(
                stock.receive(new StockViews.ReceiptRequest(body.servicePoint(), body.supplier(), body.note(), lines)));
    }

    /** P3: to a technician or a ticket; not enough stock for any line → 409 and nothing is issued (P6). */
    @POST
    @Path("issues")
    @RolesAllowed({Roles.WAREHOUSE, Roles.MANAGER, Roles.ADMIN})
    public Response issue(@NotNull(message = "{validation.body}") StockViews.IssueRequest body) {
        return created(stock.issue(body));
    }

    /** P3: sent = received + recorded difference. */
    @POST
    @Path("transfers")
    @RolesAllowed({Roles.WAREHOUSE, Roles.MANAGER, Roles.ADMIN})
    public Response transfer(@NotNull(message = "{validation.body}") StockViews.TransferRequest body) {
        return created(stock.transfer(body));
    }

    @GET
    @Path("slips/{number}")
    public Slip slip(@PathParam("number") String number) {
        return Slip.of(stock.slip(number), calendar.zone());
    }

    /** P2, P3: the slip as its paper form, one page per copy (入库单 3, 出库单 4, 调拨单 5). */
    @GET
    @Path("slips/{number}/pdf")
    @Produces("application/pdf")
    public Response slipPdf(@PathParam("number") String number) {
        StockViews.SlipView slip = stock.slip(number);
        Map<String, Optional<PartViews.PartView>> names = new HashMap<>();
        SlipForm.PartNames lookup = new SlipForm.PartNames() {
            @Override
            public String nameOf(String partNumber) {
                return names.computeIfAbsent(partNumber, parts::find)
                        .map(PartViews.PartView::name)
                        .orElse("");
            }

            @Override
            public String unitOf(String partNumber) {
                return names.computeIfAbsent(partNumber, parts::find)
                        .map(PartViews.PartView::unit)
                        .orElse("");
            }
        };
        byte[] pdf =
                SlipForm.pdf(slip, lookup, settings.text("print.company", "售后服务部"), calendar.zone(), staffNames::of);
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "inline; filename=\"slip-" + slip.number() + ".pdf\"")
                .header("Cache-Control", "private, no-store")
                .build();
    }

    /** P2: the receiving-discrepancy register (进货验收差错登记簿); {@code open=true}: unresolved only. */
    @GET
    @Path("discrepancies")
    public Page<StockDtos.Discrepancy> discrepancies(
            @BeanParam PageParams page,
            @QueryParam("servicePoint") String servicePoint,
            @QueryParam("open") Boolean open) {
        ZoneId zone = calendar.zone();
        return Page.of(
                stock.discrepancies(servicePoint, Boolean.TRUE.equals(open), page.first(), page.size()),
                d -> StockDtos.Discrepancy.of(d, zone));
    }

    /** P2: the resolution of a discrepancy; the caller is recorded as its handler. */
    @POST
    @Path("discrepancies/{id}/resolution")
    @RolesAllowed({Roles.WAREHOUSE, Roles.MANAGER, Roles.ADMIN})
    public StockDtos.Discrepancy resolve(
            @PathParam("id") long id, @NotNull(message = "{validation.body}") StockDtos.Resolution body) {
        return StockDtos.Discrepancy.of(stock.resolve(id, body.resolution()), calendar.zone());
    }

    /** P6: {@code ?servicePoint=BJ&partNumber=YSJ-001} → {@code { items: [...], total }}. */
    @GET
    public Page<Stock> list(
            @BeanParam PageParams page,
            @QueryParam("servicePoint") String servicePoint,
            @QueryParam("partNumber") String partNumber) {
        return Page.of(stock.stock(servicePoint, partNumber, page.first(), page.size()), Stock::of);
    }

    /**
     * P6: the monthly stock-movement report (进销存) — {@code ?month=2026-11&servicePoint=BJ} (all
     * service points without it; this month without a month).
     */
    @GET
    @Path("report")
    public Page<ReportLine> report(
            @BeanParam PageParams page,
            @QueryParam("servicePoint") String servicePoint,
            @QueryParam("month") String month) {
        YearMonth period;
        try {
            period = month == null || month.isBlank() ? YearMonth.now(calendar.zone()) : YearMonth.parse(month.strip());
        } catch (DateTimeParseException e) {
            throw new RuleViolationException(FieldError.of("month", "validation.month"));
        }
        List<StockReportLine> lines = stock.monthlyReport(servicePoint, period);
        List<ReportLine> items = lines.stream()
                .skip(page.first())
                .limit(page.size())
                .map(ReportLine::of)
                .toList();
        return new Page<>(items, lines.size());
    }

    /** P6: minimum and maximum of a part at a service point; falling below the minimum tells the keepers. */
    @PUT
    @Path("limits")
    @RolesAllowed({Roles.WAREHOUSE, Roles.MANAGER, Roles.ADMIN})
    public Stock limits(@NotNull(message = "{validation.body}") StockViews.Limits body) {
        return Stock.of(stock.limit(body));
    }

    private Response created(StockViews.SlipView slip) {
        return Response.created(uri.getBaseUriBuilder()
                        .path("stock/slips")
                        .path(slip.number())
                        .build())
                .entity(Slip.of(slip, calendar.zone()))
                .build();
    }
}
