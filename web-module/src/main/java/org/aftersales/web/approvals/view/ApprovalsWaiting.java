package org.aftersales.web.approvals.view;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.aftersales.approvals.boundary.Approvals;

/**
 * Issue 12.2: how many approvals wait for the signed-in colleague — in the menu (审批中心 (3)) and on
 * the home page. Asked once per request, however often the page shows it.
 */
@Named
@RequestScoped
public class ApprovalsWaiting {

    @EJB
    private Approvals approvals;

    private Long count;

    public long getCount() {
        if (count == null) {
            try {
                count = approvals.waitingCount();
            } catch (EJBAccessException e) {
                count = 0L; // a partner's or an anonymous page: nothing waits
            }
        }
        return count;
    }
}
