package org.aftersales.web.customers.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.aftersales.customers.boundary.CustomerViews.ContactView;
import org.aftersales.customers.boundary.CustomerViews.CustomerRow;
import org.aftersales.customers.boundary.CustomerViews.CustomerView;
import org.aftersales.customers.boundary.CustomerViews.Duplicate;
import org.aftersales.customers.boundary.ProductViews.ProductView;
import org.aftersales.domain.shared.SingleLine;

/** The JSON of {@code /customers} and {@code /products} (../shared/API.md, "Customers and products"). */
public final class CustomerDtos {

    private CustomerDtos() {}

    public record ContactDto(
            @SingleLine String name,
            @SingleLine String phone,
            @SingleLine String title) {}

    public record NewCustomer(
            @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") @SingleLine
            String name,

            @NotBlank(message = "{validation.required}") @SingleLine
            String type,

            @Size(max = 100, message = "{validation.tooLong}") @SingleLine
            String contact,

            @NotBlank(message = "{validation.required}") @Size(max = 40, message = "{validation.tooLong}") @SingleLine
            String phone,

            @Size(max = 200, message = "{validation.tooLong}") @SingleLine
            String email,

            @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.tooLong}") @SingleLine
            String region,

            @NotBlank(message = "{validation.required}") @Size(max = 300, message = "{validation.tooLong}") @SingleLine
            String address,

            @SingleLine String source,
            List<@Valid ContactDto> contacts) {}

    public record CustomerChange(
            Long version,
            @SingleLine String name,
            @SingleLine String type,
            @SingleLine String contact,
            @SingleLine String phone,
            @SingleLine String email,
            @SingleLine String region,
            @SingleLine String address,
            @SingleLine String source,
            List<@Valid ContactDto> contacts) {}

    public record DuplicateDto(long id, String name, String phone, String address, String reason) {
        static DuplicateDto of(Duplicate d) {
            return new DuplicateDto(
                    d.id(), d.name(), d.phone(), d.address(), d.reason().name());
        }
    }

    public record Customer(
            long id,
            String name,
            String type,
            String contact,
            String phone,
            String email,
            String region,
            String address,
            String source,
            List<ContactDto> contacts,
            long version,
            List<DuplicateDto> duplicates) {

        static Customer of(CustomerView c, List<Duplicate> duplicates) {
            return new Customer(
                    c.id(),
                    c.name(),
                    c.type().name(),
                    c.contact(),
                    c.phone(),
                    c.email(),
                    c.region(),
                    c.address(),
                    c.source(),
                    c.contacts().stream().map(CustomerDtos::contact).toList(),
                    c.version(),
                    duplicates == null
                            ? null
                            : duplicates.stream().map(DuplicateDto::of).toList());
        }
    }

    static ContactDto contact(ContactView v) {
        return new ContactDto(v.name(), v.phone(), v.title());
    }

    static ContactView contact(ContactDto d) {
        return d == null ? null : new ContactView(d.name(), d.phone(), d.title());
    }

    public record CustomerListItem(
            long id, String name, String type, String contact, String phone, String region, String address) {
        static CustomerListItem of(CustomerRow r) {
            return new CustomerListItem(
                    r.id(), r.name(), r.type().name(), r.contact(), r.phone(), r.region(), r.address());
        }
    }

    public record NewProduct(
            @NotBlank(message = "{validation.required}") @Size(max = 64, message = "{validation.tooLong}") @SingleLine
            String model,

            @NotBlank(message = "{validation.required}") @Size(max = 64, message = "{validation.tooLong}") @SingleLine
            String serialNumber,

            @SingleLine String category,
            @SingleLine String colour,
            LocalDate factoryDate,
            LocalDate purchaseDate,
            String proofOfPurchase,
            String use,
            String serialStatus,
            @SingleLine String dealer,
            @SingleLine String installationAddress,
            Boolean remoteSite,
            @SingleLine String deliveryNote) {}

    public record Product(
            long id,
            long customerId,
            String customerName,
            String serialNumber,
            String model,
            String category,
            String colour,
            LocalDate factoryDate,
            LocalDate purchaseDate,
            String proofOfPurchase,
            String use,
            String serialStatus,
            String dealer,
            String installationAddress,
            boolean remoteSite,
            String deliveryNote,
            Long operatingHours,
            Map<String, Integer> commitments,
            long version) {

        static Product of(ProductView p) {
            return new Product(
                    p.id(),
                    p.customerId(),
                    p.customerName(),
                    p.serialNumber(),
                    p.model(),
                    p.category(),
                    p.colour(),
                    p.factoryDate(),
                    p.purchaseDate(),
                    p.proofOfPurchase().name(),
                    p.use().name(),
                    p.serialStatus().name(),
                    p.dealer(),
                    p.installationAddress(),
                    p.remoteSite(),
                    p.deliveryNote(),
                    p.operatingHours(),
                    p.commitments(),
                    p.version());
        }
    }

    public record CoverageDto(String component, LocalDate until) {}

    /** Exactly API.md's warranty answer. */
    public record Warranty(
            String serialNumber,
            String status,
            LocalDate start,
            String startBasis,
            List<CoverageDto> coverage,
            String reason) {}

    public record Entitlement(
            String serialNumber,
            LocalDate date,
            String entitlement,
            String reason,
            String warrantyStatus,
            String contractNumber) {}
}
