package org.aftersales.web.parts.view;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.aftersales.parts.boundary.PartRequestViews.NewLine;
import org.aftersales.parts.boundary.PartRequestViews.NewRequest;
import org.aftersales.parts.boundary.PartRequestViews.RequestView;
import org.aftersales.parts.boundary.PartRequests;
import org.aftersales.parts.boundary.PartService;
import org.aftersales.parts.boundary.PartViews.ServicePointView;
import org.aftersales.tickets.boundary.TicketService;
import org.aftersales.web.shared.view.CurrentUser;
import org.aftersales.web.shared.view.Feedback;
import org.omnifaces.util.Faces;

/** P4, T8: the ticket's part requests (requested, issued, used); the assigned technician asks for parts. */
@Named
@ViewScoped
public class TicketParts implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private PartRequests requests;

    @EJB
    private PartService parts;

    @EJB
    private TicketService tickets;

    @Inject
    private CurrentUser currentUser;

    private String number;
    private String technician;
    private List<RequestView> list = List.of();
    private String servicePoint;
    private String partNumber;
    private Integer qty = 1;
    private String note;

    @PostConstruct
    void load() {
        number = Faces.getRequestParameter("number");
        if (!isVisible()) {
            return;
        }
        technician = number == null ? null : tickets.find(number).map(t -> t.technician()).orElse(null);
        reload();
    }

    private void reload() {
        list = number == null ? List.of() : requests.list(number, null, null, 0, 100).items();
    }

    public void request() {
        try {
            RequestView r = requests.request(new NewRequest(number, servicePoint, note,
                    List.of(new NewLine(partNumber, qty))));
            Feedback.info("ticketParts.requested.done", r.id());
            partNumber = null;
            qty = 1;
            note = null;
            reload();
        } catch (RuntimeException e) {
            Feedback.failed(e, "ticketPartsForm");
        }
    }

    /** The parts context's roles see the section. */
    public boolean isVisible() {
        return List.of("WAREHOUSE", "MANAGER", "ADMIN", "TECHNICIAN", "DISPATCHER").stream().anyMatch(currentUser::has);
    }

    /** The assigned technician (or a manager) may ask for parts. */
    public boolean isMayRequest() {
        return currentUser.has("MANAGER") || currentUser.has("ADMIN")
                || currentUser.has("TECHNICIAN") && currentUser.getUsername().equals(technician);
    }

    public List<ServicePointView> getServicePoints() {
        return parts.servicePoints(0, 500).items();
    }

    public List<RequestView> getList() { return list; }
    public String getServicePoint() { return servicePoint; }
    public void setServicePoint(String servicePoint) { this.servicePoint = servicePoint; }
    public String getPartNumber() { return partNumber; }
    public void setPartNumber(String partNumber) { this.partNumber = partNumber; }
    public Integer getQty() { return qty; }
    public void setQty(Integer qty) { this.qty = qty; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
