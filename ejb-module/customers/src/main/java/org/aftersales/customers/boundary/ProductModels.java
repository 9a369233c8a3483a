package org.aftersales.customers.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.aftersales.domain.accounts.Roles;
import org.aftersales.domain.customers.ProductModel;
import org.aftersales.domain.customers.ProductOrigin;
import org.aftersales.domain.shared.RuleViolationException;
import org.aftersales.domain.shared.UnknownEntityException;
import org.aftersales.reference.boundary.ReferenceLists;

/**
 * C3, B5 产品型号: the catalogue of product models (name, category, origin 自制/外协, supplier), and the
 * models registered products name that are not in it. Other contexts ask {@link #origin(String)} — "is
 * model X made in house or bought in, and from whom" — and never read the table themselves.
 */
@Stateless
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
public class ProductModels {

    @PersistenceContext(unitName = "aftersales")
    private EntityManager em;

    @EJB
    private ReferenceLists lists;

    /** A model of the catalogue. */
    public record ModelView(
            String model, String name, String category, ProductOrigin origin, String supplier, long version)
            implements Serializable {
        static ModelView of(ProductModel m) {
            return new ModelView(
                    m.getCode(), m.getName(), m.getCategory(), m.getOrigin(), m.getSupplier(), m.getVersion());
        }
    }

    /** What the catalogue is told about a model. */
    public record ModelInput(
            @NotBlank @Size(max = 100) String name,
            @Size(max = 64) String category,
            @NotNull ProductOrigin origin,
            @Size(max = 100) String supplier)
            implements Serializable {}

    /** A model that registered products name but the catalogue does not know, with how many products. */
    public record UnknownModel(String model, long products) implements Serializable {}

    /** B5: the origin and supplier of a model (for cost-centre routing and supplier claims). */
    public record Origin(String model, ProductOrigin origin, String supplier) implements Serializable {}

    /** Every model of the catalogue, by code. */
    public List<ModelView> list() {
        return em.createNamedQuery("ProductModel.all", ProductModel.class).getResultList().stream()
                .map(ModelView::of)
                .toList();
    }

    /** The model (404 when it is not in the catalogue). */
    public ModelView get(String model) {
        return find(model).map(ModelView::of).orElseThrow(() -> new UnknownEntityException("ProductModel", model));
    }

    /**
     * B5: the origin and supplier of model X, empty when the catalogue does not know it (a product with
     * an unknown model still works; the caller decides what an unknown origin means).
     */
    @PermitAll
    public Optional<Origin> origin(String model) {
        return find(model).map(m -> new Origin(m.getCode(), m.getOrigin(), m.getSupplier()));
    }

    /** Adds the model or changes what the catalogue says about it (QUALITY, MANAGER, ADMIN). */
    @RolesAllowed({Roles.QUALITY, Roles.MANAGER, Roles.ADMIN})
    public ModelView put(
            @NotBlank @Size(max = ProductModel.CODE_LENGTH) String model, @NotNull @Valid ModelInput input) {
        Optional<ProductModel> existing = find(model);
        lists.unknown(
                        ReferenceLists.Kind.PRODUCT_CATEGORY,
                        "category",
                        input.category(),
                        existing.map(ProductModel::getCategory).orElse(null))
                .ifPresent(error -> {
                    throw new RuleViolationException(error);
                });
        ProductModel entity;
        if (existing.isPresent()) {
            entity = existing.get();
            entity.describe(input.name(), input.category(), input.origin(), input.supplier());
        } else {
            entity = new ProductModel(model, input.name(), input.category(), input.origin(), input.supplier());
            em.persist(entity);
        }
        em.flush();
        return ModelView.of(entity);
    }

    /** C3: the models in use by registered products that the catalogue does not know, most used first. */
    public List<UnknownModel> unknownInUse() {
        return em.createNamedQuery("ProductModel.unknownInUse", Object[].class).getResultList().stream()
                .map(row -> new UnknownModel((String) row[0], ((Number) row[1]).longValue()))
                .sorted((a, b) -> Long.compare(b.products(), a.products()))
                .toList();
    }

    private Optional<ProductModel> find(String model) {
        if (model == null || model.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(ProductModel.class, model.strip()));
    }
}
