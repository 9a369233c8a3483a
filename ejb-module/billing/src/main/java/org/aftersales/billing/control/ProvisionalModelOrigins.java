package org.aftersales.billing.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.Optional;
import org.aftersales.billing.boundary.ModelOrigins;
import org.aftersales.customers.boundary.ProductService;
import org.aftersales.customers.boundary.ProductViews.ProductView;
import org.aftersales.domain.billing.ModelOrigin;
import org.aftersales.settings.boundary.Settings;

/**
 * B5, provisional: the origin of a ticket's model until the product model catalogue of the customers
 * context answers {@link ModelOrigins}. The model is the product's (read through the customers
 * context's {@link ProductService}), else the one on the ticket; its origin comes from the setting
 * {@value #SETTING} ({@code MODEL=IN_HOUSE; MODEL=BOUGHT_IN:supplier}); any other model is unknown
 * (the cost stays UNCLASSIFIED). To be replaced by a lookup in the catalogue (and the setting dropped).
 */
@Stateless
@PermitAll
public class ProvisionalModelOrigins implements ModelOrigins {

    public static final String SETTING = "billing.provisional-model-origins";

    @EJB
    private ProductService products;

    @EJB
    private Settings settings;

    @Override
    public Optional<Origin> of(String serialNumber, String model) {
        String m = serialNumber == null
                ? model
                : products.find(serialNumber).map(ProductView::model).orElse(model);
        if (m == null || m.isBlank()) {
            return Optional.empty();
        }
        return parse(settings.text(SETTING, ""), m.strip());
    }

    /** The entry of {@code model} in the setting's text; malformed entries are skipped. */
    static Optional<Origin> parse(String text, String model) {
        for (String entry : text.split(";")) {
            int eq = entry.indexOf('=');
            if (eq <= 0 || !entry.substring(0, eq).strip().equalsIgnoreCase(model)) {
                continue;
            }
            String value = entry.substring(eq + 1).strip();
            int colon = value.indexOf(':');
            String origin = colon < 0 ? value : value.substring(0, colon).strip();
            String supplier = colon < 0 ? null : value.substring(colon + 1).strip();
            try {
                return Optional.of(new Origin(
                        model, ModelOrigin.valueOf(origin), supplier == null || supplier.isEmpty() ? null : supplier));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
