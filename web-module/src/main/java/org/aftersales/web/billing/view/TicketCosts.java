package org.aftersales.web.billing.view;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.aftersales.billing.boundary.CostAccounting;
import org.aftersales.billing.boundary.CostViews.TicketCostView;
import org.aftersales.domain.accounts.Roles;
import org.aftersales.domain.shared.UnknownEntityException;
import org.aftersales.web.shared.view.CurrentUser;
import org.aftersales.web.shared.view.Feedback;
import org.omnifaces.cdi.Param;

/**
 * B5: the ticket's actual cost on its page — by category, the total, the cost centre (and the model's
 * origin it follows), when it was booked and its supplier claim; FINANCE and managers book it again.
 */
@Named
@ViewScoped
public class TicketCosts implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private CostAccounting costs;

    @Inject
    private CurrentUser currentUser;

    /** ?number= of the ticket page that holds this panel. */
    @Inject
    @Param(name = "number")
    private String number;

    private TicketCostView view;

    @PostConstruct
    void load() {
        if (!isVisible() || number == null || number.isBlank()) {
            return;
        }
        try {
            view = costs.costs(number.strip());
        } catch (UnknownEntityException e) {
            view = null;
        }
    }

    /** The roles that may read a ticket's internal cost. */
    public boolean isVisible() {
        return currentUser.has(Roles.AGENT)
                || currentUser.has(Roles.DISPATCHER)
                || currentUser.has(Roles.FINANCE)
                || currentUser.has(Roles.MANAGER)
                || currentUser.has(Roles.ADMIN);
    }

    public boolean isMayBook() {
        return view != null
                && (currentUser.has(Roles.FINANCE) || currentUser.has(Roles.MANAGER) || currentUser.has(Roles.ADMIN));
    }

    public void book() {
        try {
            view = costs.book(number.strip());
            Feedback.info("costs.booked.done", view.total().toPlainString());
        } catch (RuntimeException e) {
            Feedback.failed(e, "ticketCostsForm");
        }
    }

    public TicketCostView getView() {
        return view;
    }
}
