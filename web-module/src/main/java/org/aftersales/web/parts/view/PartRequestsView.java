package org.aftersales.web.parts.view;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.aftersales.domain.parts.PartRequestStatus;
import org.aftersales.domain.shared.PageResult;
import org.aftersales.parts.boundary.PartRequestViews.RequestView;
import org.aftersales.parts.boundary.PartRequests;
import org.aftersales.web.shared.view.Feedback;
import org.aftersales.web.shared.view.PagedModel;

/** P4: the warehouse's queue of part requests — issue, to buy, reject with a reason. */
@Named
@ViewScoped
public class PartRequestsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private PartRequests requests;

    private PartRequestStatus status = PartRequestStatus.REQUESTED;
    private String servicePoint;
    private String reason;
    private final PagedModel<RequestView> rows = new PagedModel<>(this::page, r -> String.valueOf(r.id()));

    PageResult<RequestView> page(int first, int size) {
        return requests.list(null, status, servicePoint, first, size);
    }

    public void issue(long id) {
        try {
            RequestView r = requests.issue(id, null);
            Feedback.info("partRequests.issued", id, r.slipNumber());
        } catch (RuntimeException e) {
            Feedback.failed(e, "queueForm");
        }
    }

    public void toBuy(long id) {
        try {
            requests.toBuy(id, null);
            Feedback.info("partRequests.markedToBuy", id);
        } catch (RuntimeException e) {
            Feedback.failed(e, "queueForm");
        }
    }

    public void reject(long id) {
        try {
            requests.reject(id, reason);
            reason = null;
            Feedback.info("partRequests.rejected", id);
        } catch (RuntimeException e) {
            Feedback.failed(e, "queueForm");
        }
    }

    public PartRequestStatus[] getStatuses() {
        return PartRequestStatus.values();
    }

    public PagedModel<RequestView> getRows() {
        return rows;
    }

    public PartRequestStatus getStatus() {
        return status;
    }

    public void setStatus(PartRequestStatus status) {
        this.status = status;
    }

    public String getServicePoint() {
        return servicePoint;
    }

    public void setServicePoint(String servicePoint) {
        this.servicePoint = servicePoint;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
