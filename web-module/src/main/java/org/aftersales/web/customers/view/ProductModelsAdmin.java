package org.aftersales.web.customers.view;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.aftersales.customers.boundary.ProductModels;
import org.aftersales.customers.boundary.ProductModels.ModelInput;
import org.aftersales.customers.boundary.ProductModels.ModelView;
import org.aftersales.customers.boundary.ProductModels.UnknownModel;
import org.aftersales.domain.customers.ProductOrigin;
import org.aftersales.domain.shared.ConflictException;
import org.aftersales.domain.shared.RuleViolationException;
import org.aftersales.domain.shared.UnknownEntityException;
import org.aftersales.web.shared.view.Feedback;
import org.primefaces.PrimeFaces;

/** C3, B5 产品型号: the catalogue of models and the models in use that are not in it yet. */
@Named
@ViewScoped
public class ProductModelsAdmin implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ProductModels models;

    private List<ModelView> catalogue;
    private List<UnknownModel> unknown;
    private boolean existing;
    private String model;
    private String name;
    private String category;
    private ProductOrigin origin = ProductOrigin.IN_HOUSE;
    private String supplier;

    public List<ModelView> getCatalogue() {
        if (catalogue == null) {
            catalogue = models.list();
        }
        return catalogue;
    }

    public List<UnknownModel> getUnknown() {
        if (unknown == null) {
            unknown = models.unknownInUse();
        }
        return unknown;
    }

    public void add() {
        fill(null, false);
    }

    /** An unknown model taken into the catalogue: its code is given. */
    public void adopt(UnknownModel m) {
        fill(null, false);
        model = m.model();
    }

    public void edit(ModelView m) {
        fill(m, true);
    }

    private void fill(ModelView m, boolean known) {
        existing = known;
        model = m == null ? null : m.model();
        name = m == null ? null : m.name();
        category = m == null ? null : m.category();
        origin = m == null ? ProductOrigin.IN_HOUSE : m.origin();
        supplier = m == null ? null : m.supplier();
    }

    public void save() {
        try {
            models.put(model, new ModelInput(name, category, origin, supplier));
            Feedback.info("productModels.saved", model);
            catalogue = null;
            unknown = null;
            PrimeFaces.current().executeScript("PF('modelDialog').hide()");
        } catch (RuleViolationException | ConflictException | UnknownEntityException e) {
            Feedback.failed(e, "modelForm");
        }
    }

    public ProductOrigin[] getOrigins() {
        return ProductOrigin.values();
    }

    public boolean isExisting() {
        return existing;
    }

    public String getModel() {
        return model;
    }

    public void setModel(String v) {
        this.model = v;
    }

    public String getName() {
        return name;
    }

    public void setName(String v) {
        this.name = v;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String v) {
        this.category = v;
    }

    public ProductOrigin getOrigin() {
        return origin;
    }

    public void setOrigin(ProductOrigin v) {
        this.origin = v;
    }

    public String getSupplier() {
        return supplier;
    }

    public void setSupplier(String v) {
        this.supplier = v;
    }
}
