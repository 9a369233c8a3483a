package org.aftersales.customers.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.aftersales.domain.customers.ContractKind;
import org.aftersales.domain.customers.ContractStage;
import org.aftersales.domain.customers.ServiceContract;
import org.aftersales.domain.customers.warranty.Entitlement;

/** C5: service contracts as callers see and send them. */
public final class ContractViews {

    private ContractViews() {}

    public record NewContract(
            String number,
            long customerId,
            ContractKind kind,
            String previousNumber,
            LocalDate start,
            LocalDate end,
            Entitlement entitlement,
            String feeTerms,
            Integer responseHours,
            String site,
            List<String> serialNumbers)
            implements Serializable {}

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
