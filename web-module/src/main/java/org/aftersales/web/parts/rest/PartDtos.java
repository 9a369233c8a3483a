package org.aftersales.web.parts.rest;

import jakarta.json.bind.annotation.JsonbNillable;
import java.util.List;
import org.aftersales.parts.boundary.PartViews.PartView;
import org.aftersales.parts.boundary.PartViews.ServicePointView;
import org.aftersales.web.shared.rest.MoneyText;

/**
 * The JSON of {@code /parts} and {@code /service-points} (../shared/API.md, "Parts and stock"); a new
 * service point is read straight into {@code PartViews.NewServicePoint}.
 */
public final class PartDtos {

    private PartDtos() {}

    /** P1, as {@code PartViews.NewPart}: the price a money string, {@code source} IN_HOUSE or BOUGHT_IN (default). */
    public record NewPart(
            String partNumber,
            String name,
            String unit,
            String price,
            List<String> fittingModels,
            String supplier,
            String source) {}

    @JsonbNillable
    public record Part(
            String partNumber,
            String name,
            String unit,
            String price,
            List<String> fittingModels,
            String supplier,
            String source,
            long version) {
        static Part of(PartView p) {
            return new Part(
                    p.partNumber(),
                    p.name(),
                    p.unit(),
                    MoneyText.format(p.price()),
                    p.fittingModels(),
                    p.supplier(),
                    p.source().name(),
                    p.version());
        }
    }

    public record ServicePoint(String code, String name, List<String> keepers) {
        static ServicePoint of(ServicePointView s) {
            return new ServicePoint(s.code(), s.name(), s.keepers());
        }
    }
}
