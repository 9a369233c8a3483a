package org.aftersales.web.quality.view;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.aftersales.domain.accounts.Roles;
import org.aftersales.domain.quality.CapaSource;
import org.aftersales.domain.shared.RuleViolationException;
import org.aftersales.domain.shared.UnknownEntityException;
import org.aftersales.quality.boundary.CorrectiveActions;
import org.aftersales.quality.boundary.RecordsViews.CapaAssignment;
import org.aftersales.quality.boundary.RecordsViews.CapaView;
import org.aftersales.web.shared.view.CurrentUser;
import org.aftersales.web.shared.view.Feedback;
import org.primefaces.PrimeFaces;

/**
 * Q3, Q4: "a problem becomes a CAPA item in one click" — the button and dialog of the complaint page
 * and of a recorded return visit (WEB-INF/includes/quality/capa-raise.xhtml): owner, department and
 * deadline, for QUALITY and MANAGER; the items already raised from the same source, linked both ways
 * (the corrective action's page links back to its source).
 */
@Named
@ViewScoped
public class CapaRaise implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private CorrectiveActions actions;

    @Inject
    private CurrentUser currentUser;

    private String title;
    private String owner;
    private String department;
    private LocalDate deadline;
    private final Map<String, List<CapaView>> raised = new HashMap<>();

    /** Only QUALITY and MANAGER (and ADMIN, who holds every permission) raise and see the items. */
    public boolean isAllowed() {
        return currentUser.has(Roles.QUALITY) || currentUser.has(Roles.MANAGER) || currentUser.has(Roles.ADMIN);
    }

    /** The items raised from the source ({@code COMPLAINT} + number, {@code RETURN_VISIT} + id). */
    public List<CapaView> of(String source, String ref) {
        if (!isAllowed() || ref == null || ref.isBlank()) {
            return List.of();
        }
        return raised.computeIfAbsent(source + ":" + ref, k -> {
            try {
                return actions.ofSource(CapaSource.valueOf(source), ref);
            } catch (EJBAccessException e) {
                return List.of();
            }
        });
    }

    /** Raises the item from the source; the dialog closes and the page lists it with its link. */
    public void raise(String source, String ref) {
        try {
            CapaAssignment assignment =
                    new CapaAssignment(blankToNull(title), blankToNull(owner), blankToNull(department), deadline);
            CapaView created = CapaSource.valueOf(source) == CapaSource.COMPLAINT
                    ? actions.raiseFromComplaint(ref, assignment)
                    : actions.raiseFromVisit(Long.parseLong(ref), assignment);
            raised.clear();
            title = owner = department = null;
            deadline = null;
            Feedback.info("capaRaise.done", created.subject());
        } catch (RuleViolationException e) {
            Feedback.failed(e, "capaRaiseForm");
            PrimeFaces.current().ajax().addCallbackParam("validationFailed", true);
        } catch (UnknownEntityException | NumberFormatException e) {
            Feedback.error("capaRaise.noSource");
        } catch (EJBAccessException e) {
            Feedback.error("complaint.notAllowed");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public LocalDate getToday() {
        return LocalDate.now(currentUser.getZone());
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
    }
}
