package org.aftersales.customers.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.aftersales.domain.customers.ContractKind;
import org.aftersales.domain.customers.ContractStage;
import org.aftersales.domain.customers.ServiceContract;
import org.aftersales.domain.customers.warranty.Entitlement;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.support.validation.CrossChecked;
import org.aftersales.support.validation.CrossFields;
import org.aftersales.support.validation.PlausibleDate;

/** C5: service contracts as callers see and send them. */
public final class ContractViews {

    private ContractViews() {}

    /**
     * C5: a contract as signed; the constraints are the contract (issue 11.1). A taken number, the
     * previous contract and the customer's products are checked by the service.
     */
    @CrossChecked
    public record NewContract(
            @NotBlank String number,
            long customerId,
            @NotNull ContractKind kind,
            String previousNumber,
            // issue 10.7: a contract runs within the dates of this world (a year-1 start or a year-9999 end is a typo)
            @NotNull @PlausibleDate LocalDate start,
            @NotNull @PlausibleDate LocalDate end,
            @NotNull Entitlement entitlement,
            String feeTerms,
            @Positive Integer responseHours,
            String site,
            List<String> serialNumbers)
            implements Serializable, CrossFields {

        /** C5: a contract ends on or after its start. */
        @Override
        public Optional<FieldError> crossFieldError() {
            return start != null && end != null && end.isBefore(start)
                    ? Optional.of(FieldError.of("end", "validation.endBeforeStart"))
                    : Optional.empty();
        }
    }

    public record ContractView(
            Long id,
            String number,
            Long customerId,
            String customerName,
            ContractKind kind,
            String previousNumber,
            LocalDate start,
            LocalDate end,
            ContractStage stage,
            Entitlement entitlement,
            String feeTerms,
            Integer responseHours,
            String site,
            List<String> serialNumbers,
            long version)
            implements Serializable {

        public static ContractView of(ServiceContract c) {
            return new ContractView(
                    c.getId(),
                    c.getNumber(),
                    c.getCustomer().getId(),
                    c.getCustomer().getName(),
                    c.getKind(),
                    c.getPrevious() == null ? null : c.getPrevious().getNumber(),
                    c.getStart(),
                    c.getEnd(),
                    c.getStage(),
                    c.getEntitlement(),
                    c.getFeeTerms(),
                    c.getResponseHours(),
                    c.getSite(),
                    c.getProducts().stream()
                            .map(p -> p.getSerialNumber())
                            .sorted()
                            .toList(),
                    c.getVersion());
        }
    }
}
