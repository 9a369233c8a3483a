package org.aftersales.billing.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.aftersales.domain.accounts.Roles;
import org.aftersales.domain.billing.DiscountPolicy;
import org.aftersales.domain.billing.DiscountPolicyKind;
import org.aftersales.domain.shared.UnknownEntityException;
import org.aftersales.settings.boundary.BusinessCalendar;

/**
 * B4 收费政策与优惠: the discount policies as data (seniors, key customers, promotion periods, contract
 * customers; a percentage or an amount), kept by FINANCE and managers; a quote applies one by its
 * code, with its name as the reason ({@link Quotes}).
 */
@Stateless
@RolesAllowed({Roles.AGENT, Roles.DISPATCHER, Roles.TECHNICIAN, Roles.FINANCE, Roles.MANAGER, Roles.ADMIN})
public class DiscountPolicies {

    @PersistenceContext(unitName = "aftersales")
    private EntityManager em;

    @Inject
    private BusinessCalendar calendar;

    public record PolicyInput(
            @NotBlank @Size(max = 100) String name,
            @NotNull DiscountPolicyKind kind,
            BigDecimal percent,
            BigDecimal amount,
            LocalDate validFrom,
            LocalDate validUntil,
            boolean active)
            implements Serializable {}

    public record PolicyView(
            String code,
            String name,
            DiscountPolicyKind kind,
            BigDecimal percent,
            BigDecimal amount,
            LocalDate validFrom,
            LocalDate validUntil,
            boolean active,
            boolean inForce)
            implements Serializable {}

    /** Every policy by code; {@code inForce}: it may be applied today. */
    public List<PolicyView> list() {
        LocalDate today = calendar.today();
        return em.createNamedQuery("DiscountPolicy.all", DiscountPolicy.class).getResultList().stream()
                .map(p -> view(p, today))
                .toList();
    }

    /** The policies a quote may apply today. */
    public List<PolicyView> inForce() {
        return list().stream().filter(PolicyView::inForce).toList();
    }

    public PolicyView get(String code) {
        DiscountPolicy p = code == null ? null : em.find(DiscountPolicy.class, code.strip());
        if (p == null) {
            throw new UnknownEntityException("DiscountPolicy", code);
        }
        return view(p, calendar.today());
    }

    /** B4: adds the policy or changes it (FINANCE, MANAGER). */
    @RolesAllowed({Roles.FINANCE, Roles.MANAGER, Roles.ADMIN})
    public PolicyView put(
            @NotBlank @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9_-]+", message = "{validation.policyCode}")
                    String code,
            @NotNull @Valid PolicyInput input) {
        DiscountPolicy.Terms terms = new DiscountPolicy.Terms(
                input.name(),
                input.kind(),
                input.percent(),
                input.amount(),
                input.validFrom(),
                input.validUntil(),
                input.active());
        DiscountPolicy p = em.find(DiscountPolicy.class, code.strip());
        if (p == null) {
            p = new DiscountPolicy(code.strip(), terms);
            em.persist(p);
        } else {
            p.change(terms);
        }
        em.flush();
        return view(p, calendar.today());
    }

    private static PolicyView view(DiscountPolicy p, LocalDate today) {
        return new PolicyView(
                p.getCode(),
                p.getName(),
                p.getKind(),
                p.getPercent(),
                p.getAmount(),
                p.getValidFrom(),
                p.getValidUntil(),
                p.isActive(),
                p.inForce(today));
    }
}
