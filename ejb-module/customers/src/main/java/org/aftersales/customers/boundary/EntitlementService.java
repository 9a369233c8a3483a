package org.aftersales.customers.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.aftersales.accounts.boundary.PartnerScope;
import org.aftersales.customers.control.ContractCoverage;
import org.aftersales.customers.control.ProductRegistry;
import org.aftersales.customers.control.WarrantyAssessor;
import org.aftersales.domain.accounts.Roles;
import org.aftersales.domain.customers.InstalledProduct;
import org.aftersales.domain.customers.ServiceContract;
import org.aftersales.domain.customers.warranty.ContractCover;
import org.aftersales.domain.customers.warranty.EntitlementDecision;
import org.aftersales.domain.customers.warranty.EntitlementRule;
import org.aftersales.domain.customers.warranty.Exclusion;
import org.aftersales.domain.customers.warranty.WarrantyAssessment;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.RuleViolationException;

/**
 * C5 with W1–W5: who pays for a request about a customer's product on a date — FREE, PAID or
 * NEGOTIATED, with the reason. Tickets and billing ask here; they never read warranty or contract
 * tables themselves.
 */
@Stateless
@RolesAllowed({
    Roles.AGENT,
    Roles.DISPATCHER,
    Roles.TECHNICIAN,
    Roles.WAREHOUSE,
    Roles.FINANCE,
    Roles.QUALITY,
    Roles.MANAGER,
    Roles.ADMIN,
    Roles.PARTNER
})
public class EntitlementService {

    @Inject
    private ProductRegistry products;

    @Resource
    private SessionContext context;

    @Inject
    private WarrantyAssessor warranty;

    @Inject
    private ContractCoverage contracts;

    /** {@code model}: the product's model, so a caller that needs it does not read the product again. */
    public record Decision(
            String serialNumber,
            LocalDate date,
            WarrantyAssessment warranty,
            EntitlementDecision entitlement,
            String contractNumber,
            String model)
            implements Serializable {}

    /** {@code exclusions}: W4 reasons recorded for this claim, by {@link Exclusion} name. */
    public Decision decide(long customerId, String serialNumber, LocalDate date, Set<String> exclusions) {
        InstalledProduct product = products.existing(serialNumber, PartnerScope.of(context)); // issue 10.1
        if (!product.getCustomer().getId().equals(customerId)) {
            throw new RuleViolationException(
                    FieldError.of("serialNumber", "validation.notCustomersProduct", serialNumber));
        }
        Set<String> claimed = exclusions == null ? Set.of() : Set.copyOf(exclusions);
        for (String exclusion : claimed) {
            try {
                Exclusion.valueOf(exclusion);
            } catch (IllegalArgumentException e) {
                throw new RuleViolationException(FieldError.of(
                        "exclusions",
                        "validation.unknownValue",
                        exclusion,
                        String.join(
                                ", ",
                                java.util.Arrays.stream(Exclusion.values())
                                        .map(Enum::name)
                                        .toList())));
            }
        }
        WarrantyAssessment assessment = warranty.assess(product, date);
        List<ServiceContract> covering = contracts.covering(product, date);
        Optional<ContractCover> cover = covering.stream().findFirst().map(ServiceContract::cover);
        EntitlementDecision decision = EntitlementRule.decide(assessment, cover, claimed, product.isRemoteSite());
        return new Decision(
                product.getSerialNumber(),
                date,
                assessment,
                decision,
                cover.map(ContractCover::contractNumber).orElse(null),
                product.getModel());
    }
}
