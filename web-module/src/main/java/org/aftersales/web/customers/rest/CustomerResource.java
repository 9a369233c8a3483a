package org.aftersales.web.customers.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
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
import java.util.List;
import org.aftersales.customers.boundary.CustomerService;
import org.aftersales.customers.boundary.CustomerViews;
import org.aftersales.customers.boundary.CustomerViews.CustomerQuery;
import org.aftersales.customers.boundary.CustomerViews.SortField;
import org.aftersales.customers.boundary.ProductService;
import org.aftersales.customers.boundary.ProductViews;
import org.aftersales.domain.accounts.Roles;
import org.aftersales.domain.customers.CustomerType;
import org.aftersales.domain.customers.warranty.ProductUse;
import org.aftersales.domain.customers.warranty.ProofOfPurchase;
import org.aftersales.domain.customers.warranty.SerialStatus;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.RuleViolationException;
import org.aftersales.domain.shared.UnknownEntityException;
import org.aftersales.web.customers.rest.CustomerDtos.Customer;
import org.aftersales.web.customers.rest.CustomerDtos.CustomerChange;
import org.aftersales.web.customers.rest.CustomerDtos.CustomerListItem;
import org.aftersales.web.customers.rest.CustomerDtos.NewCustomer;
import org.aftersales.web.customers.rest.CustomerDtos.NewProduct;
import org.aftersales.web.customers.rest.CustomerDtos.Product;
import org.aftersales.web.shared.rest.EnumParser;
import org.aftersales.web.shared.rest.Page;
import org.aftersales.web.shared.rest.PageParams;
import org.aftersales.web.shared.rest.QueryDates;

/**
 * C1, C3: {@code /customers} and their products. A probable duplicate (same phone, or same name at
 * the same address) does not stop a partner's POST: the answer lists it in {@code duplicates}.
 */
@Path("customers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.AGENT, Roles.DISPATCHER, Roles.MANAGER, Roles.ADMIN, Roles.PARTNER})
// issue 15.2: one instance for all requests — per request, Jersey built a new resource and looked up its
// @EJB references (about a tenth of the CPU of a GET by key); @Context fields are per-request proxies
@ApplicationScoped
public class CustomerResource {

    @EJB
    private CustomerService customers;

    @EJB
    private ProductService products;

    @POST
    public Response create(@NotNull(message = "{validation.body}") @Valid NewCustomer body, @Context UriInfo uri) {
        CustomerViews.Created created = customers.create(
                new CustomerViews.NewCustomer(
                        body.name(),
                        EnumParser.one(CustomerType.class, body.type(), "type", null),
                        body.contact(),
                        body.phone(),
                        body.email(),
                        body.region(),
                        body.address(),
                        body.source(),
                        body.contacts() == null
                                ? List.of()
                                : body.contacts().stream()
                                        .map(CustomerDtos::contact)
                                        .toList()),
                true);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(created.customer().id()))
                        .build())
                .entity(Customer.of(created.customer(), created.duplicates()))
                .build();
    }

    @GET
    @Path("{id}")
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
    public Customer get(@PathParam("id") long id) {
        return customers
                .find(id)
                .map(c -> Customer.of(c, null))
                .orElseThrow(() -> new UnknownEntityException("Customer", id));
    }

    @PUT
    @Path("{id}")
    public Customer update(
            @PathParam("id") long id, @NotNull(message = "{validation.body}") @Valid CustomerChange body) {
        if (body.version() == null) {
            throw new RuleViolationException(FieldError.of("version", "validation.required"));
        }
        return Customer.of(
                customers.update(new CustomerViews.CustomerChange(
                        id,
                        body.version(),
                        body.name(),
                        EnumParser.one(CustomerType.class, body.type(), "type", null),
                        body.contact(),
                        body.phone(),
                        body.email(),
                        body.region(),
                        body.address(),
                        body.source(),
                        body.contacts() == null
                                ? List.of()
                                : body.contacts().stream()
                                        .map(CustomerDtos::contact)
                                        .toList())),
                null);
    }

    /** C1: {@code ?query=} matches part of the name, the start of a phone number or a whole serial number. */
    @GET
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
    public Page<CustomerListItem> search(
            @QueryParam("query") String query,
            @QueryParam("region") String region,
            @QueryParam("type") String type,
            @QueryParam("model") String model,
            @QueryParam("purchasedFrom") String purchasedFrom,
            @QueryParam("purchasedTo") String purchasedTo,
            @QueryParam("sort") String sort,
            @QueryParam("ascending") boolean ascending,
            @Valid @BeanParam PageParams page) {
        CustomerQuery filter = new CustomerQuery(
                query,
                region,
                EnumParser.one(CustomerType.class, type, "type", null),
                model,
                QueryDates.optional(purchasedFrom, "purchasedFrom"),
                QueryDates.optional(purchasedTo, "purchasedTo"));
        SortField field = EnumParser.one(SortField.class, sort, "sort", null);
        return Page.of(customers.search(filter, page.first(), page.size(), field, ascending), CustomerListItem::of);
    }

    @POST
    @Path("{id}/products")
    public Response register(
            @PathParam("id") long id,
            @NotNull(message = "{validation.body}") @Valid NewProduct body,
            @Context UriInfo uri) {
        ProductViews.ProductView product = products.register(
                id,
                new ProductViews.NewProduct(
                        body.model(),
                        body.category(),
                        body.serialNumber(),
                        body.colour(),
                        body.factoryDate(),
                        body.purchaseDate(),
                        EnumParser.one(
                                ProofOfPurchase.class, body.proofOfPurchase(), "proofOfPurchase", ProofOfPurchase.NONE),
                        EnumParser.one(ProductUse.class, body.use(), "use", null),
                        EnumParser.one(SerialStatus.class, body.serialStatus(), "serialStatus", SerialStatus.OK),
                        body.dealer(),
                        body.installationAddress(),
                        Boolean.TRUE.equals(body.remoteSite()),
                        body.deliveryNote()));
        return Response.created(uri.getBaseUriBuilder()
                        .path("products")
                        .path(product.serialNumber())
                        .build())
                .entity(Product.of(product))
                .build();
    }

    @GET
    @Path("{id}/products")
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
    public List<Product> products(@PathParam("id") long id) {
        if (customers.find(id).isEmpty()) {
            throw new UnknownEntityException("Customer", id);
        }
        return products.ofCustomer(id).stream().map(Product::of).toList();
    }
}
