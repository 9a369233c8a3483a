package org.aftersales.web.billing.view;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.aftersales.billing.boundary.DiscountPolicies;
import org.aftersales.billing.boundary.DiscountPolicies.PolicyInput;
import org.aftersales.billing.boundary.DiscountPolicies.PolicyView;
import org.aftersales.domain.billing.DiscountPolicyKind;
import org.aftersales.domain.shared.ConflictException;
import org.aftersales.domain.shared.RuleViolationException;
import org.aftersales.domain.shared.UnknownEntityException;
import org.aftersales.web.shared.view.Feedback;
import org.primefaces.PrimeFaces;

/** B4 收费政策与优惠: FINANCE and managers keep the discount policies. */
@Named
@ViewScoped
public class DiscountPoliciesAdmin implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private DiscountPolicies policies;

    private List<PolicyView> list;
    private boolean existing;
    private String code;
    private String name;
    private DiscountPolicyKind kind = DiscountPolicyKind.SENIOR;
    private boolean byPercent = true;
    private BigDecimal value;
    private LocalDate validFrom;
    private LocalDate validUntil;
    private boolean active = true;

    public List<PolicyView> getList() {
        if (list == null) {
            list = policies.list();
        }
        return list;
    }

    public void add() {
        existing = false;
        code = name = null;
        kind = DiscountPolicyKind.SENIOR;
        byPercent = true;
        value = null;
        validFrom = validUntil = null;
        active = true;
    }

    public void edit(PolicyView p) {
        existing = true;
        code = p.code();
        name = p.name();
        kind = p.kind();
        byPercent = p.percent() != null;
        value = byPercent ? p.percent() : p.amount();
        validFrom = p.validFrom();
        validUntil = p.validUntil();
        active = p.active();
    }

    public void save() {
        try {
            policies.put(
                    code,
                    new PolicyInput(
                            name,
                            kind,
                            byPercent ? value : null,
                            byPercent ? null : value,
                            validFrom,
                            validUntil,
                            active));
            Feedback.info("discountPolicies.saved", code);
            list = null;
            PrimeFaces.current().executeScript("PF('policyDialog').hide()");
        } catch (RuleViolationException | ConflictException | UnknownEntityException e) {
            Feedback.failed(e, "policyForm");
        }
    }

    public DiscountPolicyKind[] getKinds() {
        return DiscountPolicyKind.values();
    }

    public boolean isExisting() {
        return existing;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String v) {
        this.code = v;
    }

    public String getName() {
        return name;
    }

    public void setName(String v) {
        this.name = v;
    }

    public DiscountPolicyKind getKind() {
        return kind;
    }

    public void setKind(DiscountPolicyKind v) {
        this.kind = v;
    }

    public boolean isByPercent() {
        return byPercent;
    }

    public void setByPercent(boolean v) {
        this.byPercent = v;
    }

    public BigDecimal getValue() {
        return value;
    }

    public void setValue(BigDecimal v) {
        this.value = v;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate v) {
        this.validFrom = v;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public void setValidUntil(LocalDate v) {
        this.validUntil = v;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean v) {
        this.active = v;
    }
}
