package org.aftersales.web.parts.view;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.aftersales.domain.accounts.Roles;
import org.aftersales.domain.parts.DefectiveDisposition;
import org.aftersales.domain.parts.PartRequestStatus;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.RuleViolationException;
import org.aftersales.parts.boundary.PartRequestViews.LineView;
import org.aftersales.parts.boundary.PartRequestViews.NewLine;
import org.aftersales.parts.boundary.PartRequestViews.NewRequest;
import org.aftersales.parts.boundary.PartRequestViews.RequestView;
import org.aftersales.parts.boundary.PartRequestViews.Usage;
import org.aftersales.parts.boundary.PartRequests;
import org.aftersales.parts.boundary.PartService;
import org.aftersales.parts.boundary.PartViews.ServicePointView;
import org.aftersales.tickets.boundary.TicketService;
import org.aftersales.web.shared.view.CurrentUser;
import org.aftersales.web.shared.view.Feedback;
import org.omnifaces.cdi.Param;

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

    /** ?number= of the ticket page that holds this panel, injected when the view is created. */
    @Inject
    @Param(name = "number")
    private String number;

    private String technician;
    private List<RequestView> list = List.of();
    private String servicePoint;
    private String partNumber;
    private Integer qty = 1;
    private String note;
    /** P4: what is typed for the issued lines, keyed "request id:part number". */
    private final Map<String, String> used = new HashMap<>();

    private final Map<String, String> defective = new HashMap<>();
    private final Map<String, String> disposition = new HashMap<>(); // a select puts the name here

    @PostConstruct
    void load() {
        if (!isVisible()) {
            return;
        }
        technician = number == null
                ? null
                : tickets.find(number).map(t -> t.technician()).orElse(null);
        reload();
    }

    private void reload() {
        list = number == null
                ? List.of()
                : requests.list(number, null, null, 0, 100).items();
        used.clear();
        defective.clear();
        disposition.clear();
        for (RequestView r : list) {
            for (LineView l : r.lines()) {
                String key = r.id() + ":" + l.partNumber();
                used.put(key, l.used() == null ? null : String.valueOf(l.used()));
                defective.put(key, String.valueOf(l.defectiveReturned()));
                disposition.put(
                        key, l.disposition() == null ? null : l.disposition().name());
            }
        }
    }

    /**
     * P4: the used quantities and the defective parts returned with their disposition, for one
     * issued request; blank used = 0.
     */
    public void recordUsage(long id) {
        RequestView r = list.stream().filter(x -> x.id() == id).findFirst().orElse(null);
        if (r == null) {
            return;
        }
        try {
            List<Usage> usages = new ArrayList<>();
            List<FieldError> errors = new ArrayList<>();
            for (LineView l : r.lines()) {
                String key = id + ":" + l.partNumber();
                usages.add(new Usage(
                        l.partNumber(),
                        whole(used.get(key), errors),
                        whole(defective.get(key), errors),
                        disposition(disposition.get(key))));
            }
            if (!errors.isEmpty()) {
                throw new RuleViolationException(errors);
            }
            requests.usage(id, usages);
            Feedback.info("ticketParts.usage.done", id);
            reload();
        } catch (RuleViolationException e) { // the lines' errors, said with the part they concern
            for (FieldError f : e.errors()) {
                int at = f.field().startsWith("lines[")
                        ? Integer.parseInt(f.field().substring(6, f.field().indexOf(']')))
                        : -1;
                String part =
                        at >= 0 && at < r.lines().size() ? r.lines().get(at).partNumber() + ": " : "";
                Feedback.error(
                        "ticketParts.usage.error",
                        part,
                        Feedback.text(f.messageKey(), f.args().toArray()));
            }
            jakarta.faces.context.FacesContext.getCurrentInstance().validationFailed();
        } catch (RuntimeException e) {
            Feedback.failed(e, "ticketPartsForm");
        }
    }

    private static DefectiveDisposition disposition(String name) {
        return name == null || name.isBlank() ? null : DefectiveDisposition.valueOf(name);
    }

    private static Integer whole(String text, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            errors.add(FieldError.of("usage", "validation.countNumber", text));
            return 0;
        }
    }

    /** P4: the requester, the warehouse and managers record the usage of an issued request. */
    public boolean mayRecordUsage(RequestView r) {
        return r.status() == PartRequestStatus.ISSUED
                && (currentUser.has(Roles.MANAGER)
                        || currentUser.has(Roles.ADMIN)
                        || currentUser.has(Roles.WAREHOUSE)
                        || currentUser.getUsername().equals(r.requestedBy()));
    }

    public DefectiveDisposition[] getDispositions() {
        return DefectiveDisposition.values();
    }

    public Map<String, String> getUsed() {
        return used;
    }

    public Map<String, String> getDefective() {
        return defective;
    }

    public Map<String, String> getDisposition() {
        return disposition;
    }

    public void request() {
        try {
            RequestView r =
                    requests.request(new NewRequest(number, servicePoint, note, List.of(new NewLine(partNumber, qty))));
            Feedback.info("ticketParts.requested.done", r.id());
            partNumber = null;
            qty = 1;
            note = null;
            reload();
        } catch (RuleViolationException e) {
            // the screen asks for one line: its fields sit beside the inputs of the same name
            Feedback.failed(
                    new RuleViolationException(e.errors().stream()
                            .map(f -> new FieldError(
                                    f.field().replaceFirst("^lines\\[0]\\.", ""), f.messageKey(), f.args()))
                            .toList()),
                    "ticketPartsForm");
        } catch (RuntimeException e) {
            Feedback.failed(e, "ticketPartsForm");
        }
    }

    /** The parts context's roles see the section. */
    public boolean isVisible() {
        return List.of(Roles.WAREHOUSE, Roles.MANAGER, Roles.ADMIN, Roles.TECHNICIAN, Roles.DISPATCHER).stream()
                .anyMatch(currentUser::has);
    }

    /** The assigned technician (or a manager) may ask for parts. */
    public boolean isMayRequest() {
        return currentUser.has(Roles.MANAGER)
                || currentUser.has(Roles.ADMIN)
                || currentUser.has(Roles.TECHNICIAN)
                        && currentUser.getUsername().equals(technician);
    }

    public List<ServicePointView> getServicePoints() {
        return parts.servicePoints(0, 500).items();
    }

    public List<RequestView> getList() {
        return list;
    }

    public String getServicePoint() {
        return servicePoint;
    }

    public void setServicePoint(String servicePoint) {
        this.servicePoint = servicePoint;
    }

    public String getPartNumber() {
        return partNumber;
    }

    public void setPartNumber(String partNumber) {
        this.partNumber = partNumber;
    }

    public Integer getQty() {
        return qty;
    }

    public void setQty(Integer qty) {
        this.qty = qty;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
