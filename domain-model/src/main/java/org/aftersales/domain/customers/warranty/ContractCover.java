package org.aftersales.domain.customers.warranty;

import java.util.Objects;

/**
 * C5: an active service contract covering the product on the date, and what its fee terms give
 * ({@code FREE}, {@code PAID} or {@code NEGOTIATED}).
 */
public record ContractCover(String contractNumber, Entitlement entitlement) {

    public ContractCover {
        Objects.requireNonNull(contractNumber, "The contract number is required.");
        Objects.requireNonNull(entitlement, "The contract's entitlement is required.");
        if (contractNumber.isBlank()) {
            throw new IllegalArgumentException("The contract number is required.");
        }
    }
}
