package org.aftersales.web.customers.rest;

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
import java.util.List;
import org.aftersales.customers.boundary.ProductModels;
import org.aftersales.customers.boundary.ProductModels.ModelView;
import org.aftersales.customers.boundary.ProductModels.UnknownModel;
import org.aftersales.domain.accounts.Roles;
import org.aftersales.domain.customers.ProductOrigin;
import org.aftersales.web.shared.rest.EnumParser;
import org.aftersales.web.shared.rest.Page;

/** C3, B5 产品型号: {@code /product-models} — the catalogue, and the models in use that it does not know. */
@Path("product-models")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({
    Roles.AGENT,
    Roles.DISPATCHER,
    Roles.TECHNICIAN,
    Roles.WAREHOUSE,
    Roles.FINANCE,
    Roles.QUALITY,
    Roles.MANAGER,
    Roles.ADMIN
})
public class ProductModelResource {

    @EJB
    private ProductModels models;

    /** {@code PUT /product-models/{model}}. */
    public record ModelBody(String name, String category, String origin, String supplier) {}

    @JsonbNillable
    public record Model(String model, String name, String category, String origin, String supplier) {
        static Model of(ModelView m) {
            return new Model(m.model(), m.name(), m.category(), m.origin().name(), m.supplier());
        }
    }

    @GET
    public Page<Model> list() {
        List<Model> items = models.list().stream().map(Model::of).toList();
        return new Page<>(items, items.size());
    }

    /** C3: models registered products name that the catalogue does not know, with the number of products. */
    @GET
    @Path("unknown")
    public Page<UnknownModel> unknown() {
        List<UnknownModel> items = models.unknownInUse();
        return new Page<>(items, items.size());
    }

    @GET
    @Path("{model}")
    public Model get(@PathParam("model") String model) {
        return Model.of(models.get(model));
    }

    @PUT
    @Path("{model}")
    @RolesAllowed({Roles.QUALITY, Roles.MANAGER, Roles.ADMIN})
    public Model put(@PathParam("model") String model, @NotNull(message = "{validation.body}") ModelBody body) {
        ProductOrigin origin = EnumParser.one(ProductOrigin.class, body.origin(), "origin", null);
        return Model.of(
                models.put(model, new ProductModels.ModelInput(body.name(), body.category(), origin, body.supplier())));
    }
}
