package org.aftersales.customers.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aftersales.domain.customers.InstalledProduct;
import org.aftersales.domain.customers.ProductRegistration;
import org.aftersales.domain.customers.ServiceTerm;
import org.aftersales.domain.customers.UsageFrequency;
import org.aftersales.domain.customers.WantedService;
import org.aftersales.domain.customers.warranty.ProductUse;
import org.aftersales.domain.customers.warranty.ProofOfPurchase;
import org.aftersales.domain.customers.warranty.SerialStatus;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.support.validation.CrossChecked;
import org.aftersales.support.validation.CrossFields;

/** C3: installed products as callers see and send them. */
public final class ProductViews {

    private ProductViews() {}

    /**
     * C3: a product to register (by hand or from the sales hand-over); the constraints are the
     * contract (issue 11.1). A taken serial number, the kept category list and dates against today
     * are checked by {@code ProductRegistry}.
     */
    @CrossChecked
    public record NewProduct(
            @NotBlank @Size(max = 64) String model,
            String category,
            @NotBlank @Size(max = 64) String serialNumber,
            String colour,
            @NotNull LocalDate factoryDate,
            LocalDate purchaseDate,
            ProofOfPurchase proofOfPurchase,
            @NotNull ProductUse use,
            SerialStatus serialStatus,
            String dealer,
            String installationAddress,
            boolean remoteSite,
            String deliveryNote)
            implements Serializable, CrossFields {

        /** C3: bought after it was made; a proof of purchase has its date. */
        @Override
        public List<FieldError> crossFieldErrors() {
            List<FieldError> errors = new ArrayList<>();
            if (purchaseDate != null && factoryDate != null && purchaseDate.isBefore(factoryDate)) {
                errors.add(FieldError.of("purchaseDate", "validation.purchaseBeforeFactory"));
            }
            if (proofOfPurchase != null && proofOfPurchase != ProofOfPurchase.NONE && purchaseDate == null) {
                errors.add(FieldError.of("purchaseDate", "validation.purchaseDateWithProof"));
            }
            return errors;
        }
    }

    public record ProductView(
            Long id,
            Long customerId,
            String customerName,
            String serialNumber,
            String model,
            String category,
            String colour,
            LocalDate factoryDate,
            LocalDate purchaseDate,
            ProofOfPurchase proofOfPurchase,
            ProductUse use,
            SerialStatus serialStatus,
            boolean purchaseRecordAltered,
            String dealer,
            String installationAddress,
            boolean remoteSite,
            String deliveryNote,
            Long operatingHours,
            Map<String, Integer> commitments,
            long version)
            implements Serializable {

        public static ProductView of(InstalledProduct p) {
            return new ProductView(
                    p.getId(),
                    p.getCustomer().getId(),
                    p.getCustomer().getName(),
                    p.getSerialNumber(),
                    p.getModel(),
                    p.getCategory(),
                    p.getColour(),
                    p.getFactoryDate(),
                    p.getPurchaseDate(),
                    p.getProofOfPurchase(),
                    p.getUse(),
                    p.getSerialStatus(),
                    p.isPurchaseRecordAltered(),
                    p.getDealer(),
                    p.getInstallationAddress(),
                    p.isRemoteSite(),
                    p.getDeliveryNote(),
                    p.getOperatingHours(),
                    p.getCommitments(),
                    p.getVersion());
        }
    }

    /** C3: the 售后服务登记表 as filled in. */
    public record RegistrationForm(
            LocalDate registeredOn,
            @NotNull UsageFrequency usageFrequency,
            Set<WantedService> wantedServices,
            @NotNull ServiceTerm serviceTerm,

            @Min(value = 1, message = "{validation.stars}") @Max(value = 5, message = "{validation.stars}")
            Integer productRating,

            @Min(value = 1, message = "{validation.stars}") @Max(value = 5, message = "{validation.stars}")
            Integer serviceRating,

            String remarks)
            implements Serializable {

        public static RegistrationForm of(ProductRegistration r) {
            return new RegistrationForm(
                    r.getRegisteredOn(),
                    r.getUsageFrequency(),
                    r.getWantedServices(),
                    r.getServiceTerm(),
                    r.getProductRating(),
                    r.getServiceRating(),
                    r.getRemarks());
        }
    }

    /** C3, M1: one operating-hours reading. */
    public record Reading(LocalDate readOn, long hours, String recordedBy) implements Serializable {}

    /** W3 and M1 facts found on site, made against the version that was shown. */
    public record Inspection(
            String serialNumber,
            long version,
            SerialStatus serialStatus,
            boolean purchaseRecordAltered,
            boolean remoteSite,
            Long operatingHours)
            implements Serializable {}
}
