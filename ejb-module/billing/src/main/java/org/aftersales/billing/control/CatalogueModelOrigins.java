package org.aftersales.billing.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.Optional;
import org.aftersales.billing.boundary.ModelOrigins;
import org.aftersales.customers.boundary.ProductModels;
import org.aftersales.customers.boundary.ProductService;
import org.aftersales.customers.boundary.ProductViews.ProductView;
import org.aftersales.domain.billing.ModelOrigin;

/**
 * B5: the origin of a ticket's model from the customers context's product model catalogue (产品型号,
 * 自制/外协 and supplier). The model is the product's, else the one written on the ticket; a model the
 * catalogue does not know has no origin, and its free repairs stay UNCLASSIFIED until it is entered.
 */
@Stateless
@PermitAll
public class CatalogueModelOrigins implements ModelOrigins {

    @EJB
    private ProductService products;

    @EJB
    private ProductModels models;

    @Override
    public Optional<Origin> of(String serialNumber, String model) {
        String m = serialNumber == null
                ? model
                : products.find(serialNumber).map(ProductView::model).orElse(model);
        if (m == null || m.isBlank()) {
            return Optional.empty();
        }
        return models.origin(m.strip())
                .map(o -> new Origin(o.model(), ModelOrigin.valueOf(o.origin().name()), o.supplier()));
    }
}
