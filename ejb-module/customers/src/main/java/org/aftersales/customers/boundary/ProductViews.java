package org.aftersales.customers.boundary;

import java.io.Serializable;
import java.time.LocalDate;
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

/** C3: installed products as callers see and send them. */
public final class ProductViews {

    private ProductViews() {}

    public record NewProduct(
            String model,
            String category,
            String serialNumber,
            String colour,
            LocalDate factoryDate,
            LocalDate purchaseDate,
            ProofOfPurchase proofOfPurchase,
            ProductUse use,
            SerialStatus serialStatus,
            String dealer,
            String installationAddress,
            boolean remoteSite,
            String deliveryNote)
            implements Serializable {}

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
            UsageFrequency usageFrequency,
            Set<WantedService> wantedServices,
            ServiceTerm serviceTerm,
            Integer productRating,
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
