package org.aftersales.parts.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.aftersales.domain.parts.Part;
import org.aftersales.domain.parts.PartSource;
import org.aftersales.domain.parts.ServicePoint;
import org.aftersales.domain.shared.SingleLine;
import org.aftersales.parts.control.Checks.JoinedAtMost;

/**
 * What the parts catalogue (P1) and the service points take and give; {@code /service-points}
 * takes {@link NewServicePoint} as its JSON.
 */
public final class PartViews {

    /** P1: letters, digits and - . _ / (e.g. YSJ-001), up to 40; blank is left to {@code @NotBlank}. */
    static final String PART_NUMBER = "\\s*|\\s*[A-Za-z0-9][A-Za-z0-9._/-]{0,39}\\s*";
    /** P6: 1–8 letters or digits (stored upper case). */
    static final String POINT_CODE = "\\s*|\\s*[A-Za-z0-9]{1,8}\\s*";

    private PartViews() {}

    /** P1: a catalogue entry; {@code source} defaults to BOUGHT_IN. */
    public record NewPart(
            @NotBlank @Pattern(regexp = PART_NUMBER, message = "{validation.partNumber}")
            String partNumber,

            @NotBlank @Size(max = 200) @SingleLine String name,
            @NotBlank @Size(max = 16) @SingleLine String unit,
            @NotNull @PositiveOrZero BigDecimal price,
            @JoinedAtMost(1000) List<String> fittingModels,
            @Size(max = 200) @SingleLine String supplier,
            PartSource source)
            implements Serializable {}

    public record PartView(
            String partNumber,
            String name,
            String unit,
            BigDecimal price,
            List<String> fittingModels,
            String supplier,
            PartSource source,
            long version)
            implements Serializable {
        static PartView of(Part p) {
            return new PartView(
                    p.getPartNumber(),
                    p.getName(),
                    p.getUnit(),
                    p.getPrice(),
                    p.getFittingModels(),
                    p.getSupplier(),
                    p.getSource(),
                    p.getVersion());
        }
    }

    /** P6: a service point (warehouse) and its keepers, who are told of low stock. */
    public record NewServicePoint(
            @NotBlank @Pattern(regexp = POINT_CODE, message = "{validation.servicePointCode}")
            String code,

            @NotBlank @Size(max = 200) @SingleLine String name,
            List<String> keepers)
            implements Serializable {}

    public record ServicePointView(String code, String name, List<String> keepers) implements Serializable {
        static ServicePointView of(ServicePoint s) {
            return new ServicePointView(s.getCode(), s.getName(), s.getKeepers());
        }
    }
}
