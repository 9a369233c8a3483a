package org.aftersales.domain.warranty;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * What the warranty engine knows about one installed product. {@code purchaseRecordAltered}: W3
 * (the warranty card or purchase date was altered or does not match); {@code commitments}: W1,
 * written commitments for this product, component → months, which win over the terms table.
 */
public record ProductFacts(String serialNumber, String model, String category, ProductUse use, LocalDate factoryDate,
        LocalDate purchaseDate, ProofOfPurchase proof, SerialStatus serialStatus, boolean purchaseRecordAltered,
        Map<String, Integer> commitments) {

    public ProductFacts {
        Objects.requireNonNull(serialNumber, "The serial number is required.");
        Objects.requireNonNull(use, "The use is required.");
        Objects.requireNonNull(proof, "The proof of purchase is required.");
        Objects.requireNonNull(serialStatus, "The serial status is required.");
        commitments = commitments == null ? Map.of() : Map.copyOf(commitments);
    }
}
