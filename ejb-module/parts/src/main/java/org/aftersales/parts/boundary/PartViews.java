package org.aftersales.parts.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.aftersales.domain.parts.Part;
import org.aftersales.domain.parts.PartSource;
import org.aftersales.domain.parts.ServicePoint;

/** What the parts catalogue (P1) and the service points take and give. */
public final class PartViews {

    private PartViews() {
    }

    public record NewPart(String partNumber, String name, String unit, BigDecimal price, List<String> fittingModels,
            String supplier, PartSource source) implements Serializable {
    }

    public record PartView(String partNumber, String name, String unit, BigDecimal price, List<String> fittingModels,
            String supplier, PartSource source, long version) implements Serializable {
        static PartView of(Part p) {
            return new PartView(p.getPartNumber(), p.getName(), p.getUnit(), p.getPrice(), p.getFittingModels(),
                    p.getSupplier(), p.getSource(), p.getVersion());
        }
    }

    public record NewServicePoint(String code, String name, List<String> keepers) implements Serializable {
    }

    public record ServicePointView(String code, String name, List<String> keepers) implements Serializable {
        static ServicePointView of(ServicePoint s) {
            return new ServicePointView(s.getCode(), s.getName(), s.getKeepers());
        }
    }
}
