package org.aftersales.web.billing.view;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.aftersales.billing.boundary.Guarantees;
import org.aftersales.billing.boundary.Guarantees.GuaranteeInput;
import org.aftersales.billing.boundary.Guarantees.GuaranteeView;
import org.aftersales.domain.billing.GuaranteeRemedy;
import org.aftersales.domain.shared.ConflictException;
import org.aftersales.domain.shared.RuleViolationException;
import org.aftersales.domain.shared.UnknownEntityException;
import org.aftersales.web.shared.view.CurrentUser;
import org.aftersales.web.shared.view.Feedback;
import org.omnifaces.cdi.Param;

/** W6 三包 on the ticket page: the decisions so far; a manager records the next one. */
@Named
@ViewScoped
public class TicketGuarantees implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private Guarantees guarantees;

    @Inject
    private CurrentUser currentUser;

    @Inject
    @Param(name = "number")
    private String number;

    private List<GuaranteeView> list;
    private GuaranteeRemedy remedy = GuaranteeRemedy.REPAIR;
    private String reason;
    private String servicePoint;
    private String partNumber;
    private BigDecimal amount;

    @PostConstruct
    void load() {
        if (number == null || number.isBlank()) {
            return;
        }
        try {
            list = guarantees.list(number);
        } catch (UnknownEntityException | jakarta.ejb.EJBAccessException e) {
            list = null;
        }
    }

    public boolean isVisible() {
        return list != null;
    }

    public boolean isMayDecide() {
        return currentUser.has("MANAGER");
    }

    public void decide() {
        try {
            list = guarantees.decide(number, new GuaranteeInput(remedy, reason, servicePoint, partNumber, amount));
            reason = null;
            Feedback.info("guarantee.decided");
        } catch (RuleViolationException | ConflictException | UnknownEntityException e) {
            Feedback.failed(e, "ticketGuaranteeForm");
        }
    }

    public List<GuaranteeView> getList() {
        return list;
    }

    public GuaranteeRemedy[] getRemedies() {
        return GuaranteeRemedy.values();
    }

    public GuaranteeRemedy getRemedy() {
        return remedy;
    }

    public void setRemedy(GuaranteeRemedy v) {
        this.remedy = v;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String v) {
        this.reason = v;
    }

    public String getServicePoint() {
        return servicePoint;
    }

    public void setServicePoint(String v) {
        this.servicePoint = v;
    }

    public String getPartNumber() {
        return partNumber;
    }

    public void setPartNumber(String v) {
        this.partNumber = v;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal v) {
        this.amount = v;
    }
}
