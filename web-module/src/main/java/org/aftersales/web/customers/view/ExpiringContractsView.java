package org.aftersales.web.customers.view;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.aftersales.customers.boundary.ContractService;
import org.aftersales.customers.boundary.ContractViews.ContractView;

/** C5: the contracts that expire soon, on the managers' home page. */
@Named
@RequestScoped
public class ExpiringContractsView {

    @EJB
    private ContractService contracts;

    private List<ContractView> expiring;

    public List<ContractView> getExpiring() {
        if (expiring == null) {
            expiring = contracts.expiring(LocalDate.now(ZoneId.of("Asia/Shanghai")));
        }
        return expiring;
    }
}
