package org.aftersales.customers.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.aftersales.customers.boundary.ContractViews.ContractView;
import org.aftersales.customers.boundary.ContractViews.NewContract;
import org.aftersales.customers.control.CustomerQueries;
import org.aftersales.domain.accounts.Roles;
import org.aftersales.domain.customers.ContractKind;
import org.aftersales.domain.customers.Customer;
import org.aftersales.domain.customers.InstalledProduct;
import org.aftersales.domain.customers.ServiceContract;
import org.aftersales.domain.shared.ConflictException;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.RuleViolationException;
import org.aftersales.domain.shared.UnknownEntityException;
import org.aftersales.settings.boundary.SettingReader;

/** C5: service contracts — signed, accepted, served, followed up, renewed — and which expire soon. */
@Stateless
@RolesAllowed({
    Roles.AGENT,
    Roles.DISPATCHER,
    Roles.TECHNICIAN,
    Roles.WAREHOUSE,
    Roles.FINANCE,
    Roles.QUALITY,
    Roles.MANAGER,
    Roles.ADMIN
})
public class ContractService {

    public static final String EXPIRY_WARNING_DAYS = "contracts.expiry-warning-days";

    @Inject
    private CustomerQueries queries;

    @PersistenceContext(unitName = "aftersales")
    private EntityManager em;

    @Inject
    private SettingReader settings;

    @RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
    public ContractView create(@Valid NewContract request) {
        List<FieldError> errors = new ArrayList<>();
        if (byNumber(request.number().strip()).isPresent()) {
            errors.add(FieldError.of(
                    "number", "validation.contractNumberTaken", request.number().strip()));
        }
        ServiceContract previous = null;
        if (request.kind() != ContractKind.NEW) {
            previous = request.previousNumber() == null
                    ? null
                    : byNumber(request.previousNumber().strip()).orElse(null);
            if (previous == null) {
                errors.add(FieldError.of("previousNumber", "validation.previousContract"));
            }
        }
        Customer customer = em.find(Customer.class, request.customerId());
        if (customer == null) {
            throw new UnknownEntityException("Customer", request.customerId());
        }
        List<InstalledProduct> covered = new ArrayList<>();
        if (request.serialNumbers() != null) {
            for (String serial : request.serialNumbers()) {
                InstalledProduct product =
                        queries.productOf(serial, customer.getId()).orElse(null);
                if (product == null) {
                    errors.add(FieldError.of("serialNumbers", "validation.notCustomersProduct", serial));
                } else {
                    covered.add(product);
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        ServiceContract contract = new ServiceContract(
                request.number(),
                customer,
                request.kind(),
                previous,
                request.start(),
                request.end(),
                request.entitlement());
        contract.agree(request.feeTerms(), request.responseHours(), request.site());
        covered.forEach(contract::cover);
        em.persist(contract);
        em.flush();
        return ContractView.of(contract);
    }

    /** C5: Q → Y → B → S, against the version shown. */
    @RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
    public ContractView advance(String number, long version) {
        ServiceContract contract = existing(number);
        if (contract.getVersion() != version) {
            throw new ConflictException("error.staleVersion");
        }
        contract.advance(); // C5: after the follow-up, a conflict
        em.flush();
        return ContractView.of(contract);
    }

    public List<ContractView> ofCustomer(long customerId) {
        return queries.contractsOf(customerId).stream().map(ContractView::of).toList();
    }

    /** C5: contracts that end within the configured number of days (default 60), soonest first. */
    public List<ContractView> expiring(LocalDate today) {
        int days = settings.number(EXPIRY_WARNING_DAYS, 60);
        return queries.ending(today, today.plusDays(days), 200).stream()
                .map(ContractView::of)
                .toList();
    }

    private ServiceContract existing(String number) {
        return byNumber(number).orElseThrow(() -> new UnknownEntityException("ServiceContract", number));
    }

    private Optional<ServiceContract> byNumber(String number) {
        return queries.contract(number);
    }
}
