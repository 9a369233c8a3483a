package org.aftersales.web.parts.rest;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.aftersales.domain.shared.SingleLine;
import org.aftersales.parts.boundary.PartViews.PartView;
import org.aftersales.parts.boundary.PartViews.ServicePointView;

/** The JSON of {@code /parts} and {@code /service-points} (../shared/API.md, "Parts and stock"). */
public final class PartDtos {

    private PartDtos() {
    }

    /** P1; {@code source} IN_HOUSE or BOUGHT_IN (default). */
    public record NewPart(
            @NotBlank(message = "{validation.required}") @Size(max = 40, message = "{validation.tooLong}") @SingleLine String partNumber,
            @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") @SingleLine String name,
            @NotBlank(message = "{validation.required}") @Size(max = 16, message = "{validation.tooLong}") @SingleLine String unit,
            @NotBlank(message = "{validation.required}") String price,
            List<String> fittingModels,
            @Size(max = 200, message = "{validation.tooLong}") @SingleLine String supplier,
            String source) {
    }

    @JsonbNillable
    public record Part(String partNumber, String name, String unit, String price, List<String> fittingModels,
            String supplier, String source, long version) {
        static Part of(PartView p) {
            return new Part(p.partNumber(), p.name(), p.unit(), MoneyText.format(p.price()), p.fittingModels(),
                    p.supplier(), p.source().name(), p.version());
        }
    }

    public record NewServicePoint(
            @NotBlank(message = "{validation.required}") @Size(max = 8, message = "{validation.tooLong}") @SingleLine String code,
            @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") @SingleLine String name,
            List<String> keepers) {
    }

    public record ServicePoint(String code, String name, List<String> keepers) {
        static ServicePoint of(ServicePointView s) {
            return new ServicePoint(s.code(), s.name(), s.keepers());
        }
    }
}
