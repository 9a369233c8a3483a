package org.aftersales.domain.customers.warranty;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * What the warranty engine needs to know about one installed product (C3). Model, category, factory
 * date and purchase date may be unknown (null).
 * <ul>
 * <li>{@code purchaseRecordAltered}: W3, the warranty card or purchase date was altered or does not
 * match.</li>
 * <li>{@code commitments}: W1, product-specific written commitments (manual or original written
 * commitment), component → months; they win over the terms table.</li>
 * </ul>
 */
public record ProductFacts(
        String serialNumber,
        String model,
        String category,
        ProductUse use,
        LocalDate factoryDate,
        LocalDate purchaseDate,
        ProofOfPurchase proof,
        SerialStatus serialStatus,
        boolean purchaseRecordAltered,
        Map<String, Integer> commitments) {

    public ProductFacts {
        Objects.requireNonNull(serialNumber, "The serial number is required.");
        Objects.requireNonNull(use, "The use is required.");
        Objects.requireNonNull(proof, "The proof of purchase is required.");
        Objects.requireNonNull(serialStatus, "The serial status is required.");
        commitments = commitments == null ? Map.of() : Map.copyOf(commitments);
        commitments.forEach((component, months) -> {
            if (component.isBlank()) {
                throw new IllegalArgumentException("A commitment needs a component.");
            }
            if (months <= 0) {
                throw new IllegalArgumentException(
                        "A commitment needs a positive number of months: " + component + ".");
            }
        });
    }
}
