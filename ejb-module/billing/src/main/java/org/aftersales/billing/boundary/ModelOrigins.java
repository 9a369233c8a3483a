package org.aftersales.billing.boundary;

import jakarta.ejb.Local;
import java.io.Serializable;
import java.util.Optional;
import org.aftersales.domain.billing.ModelOrigin;

/**
 * B5 port: where the model of a ticket's product comes from (自制 IN_HOUSE / 外协 BOUGHT_IN) and its
 * supplier, for the cost centre of a free repair. The product model catalogue of the customers context
 * answers it ({@code control.CatalogueModelOrigins}). Empty when the model's origin is not known — the cost is then kept apart as UNCLASSIFIED.
 */
@Local
public interface ModelOrigins {

    /**
     * @param serialNumber the ticket's product, null when the ticket has none
     * @param model the model written on the ticket, used when the product is not found
     */
    Optional<Origin> of(String serialNumber, String model);

    /** A model's origin; the supplier is known for a bought-in model (it may be null otherwise). */
    record Origin(String model, ModelOrigin origin, String supplier) implements Serializable {}
}
