package org.aftersales.web.customers.view;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.aftersales.customers.boundary.ContractService;
import org.aftersales.customers.boundary.ContractViews.ContractView;
import org.aftersales.web.shared.view.CurrentUser;

/** C5: the contracts that expire soon, on the managers' home page. */
@Named
@RequestScoped
public class ExpiringContractsView {

    @Inject
    private CurrentUser currentUser;

    @EJB
    private ContractService contracts;

    private List<ContractView> expiring;

    public List<ContractView> getExpiring() {
        if (expiring == null) {
            expiring = contracts.expiring(currentUser.today());
        }
        return expiring;
    }
}
