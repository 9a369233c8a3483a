package org.aftersales.web.approvals.view;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.aftersales.approvals.boundary.ApprovalViews.DelegationView;
import org.aftersales.approvals.boundary.ApprovalViews.NewDelegation;
import org.aftersales.approvals.boundary.Delegations;
import org.aftersales.web.shared.view.CurrentUser;
import org.aftersales.web.shared.view.Feedback;
import org.aftersales.web.shared.view.StaffNames;

/**
 * Issue 12.3: 授权人 — the delegations I gave and received (an administrator sees all and records one
 * for a colleague on leave); a new one from me (or, for an administrator, from anyone) to a colleague
 * for a period; revoking one ends it now.
 */
@Named
@ViewScoped
public class DelegationsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private Delegations delegations;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private StaffNames staffNames;

    private List<DelegationView> list;
    private String from;
    private String to;
    private LocalDate validFrom;
    private LocalDate validUntil;

    @PostConstruct
    void load() {
        list = delegations.mine();
        if (from == null) {
            from = currentUser.getUsername();
        }
        if (validFrom == null) {
            validFrom = currentUser.today();
        }
    }

    public void create() {
        try {
            DelegationView d = delegations.create(new NewDelegation(
                    isAdmin() && from != null && !from.isBlank() ? from : currentUser.getUsername(),
                    to == null ? "" : to,
                    validFrom,
                    validUntil));
            Feedback.info(
                    "approvals.delegations.created",
                    staffNames.of(d.from()),
                    staffNames.of(d.to()),
                    d.validFrom(),
                    d.validUntil());
            to = null;
            validUntil = null;
            load();
        } catch (RuntimeException e) {
            Feedback.failed(e, "delegationForm");
        }
    }

    public void revoke(long id) {
        try {
            DelegationView d = delegations.revoke(id);
            Feedback.info("approvals.delegations.revoked", staffNames.of(d.from()), staffNames.of(d.to()));
            load();
        } catch (RuntimeException e) {
            Feedback.failed(e, "delegationForm");
        }
    }

    /** 有效 / 已撤销 / 已过期 / 未开始, as of today. */
    public String state(DelegationView d) {
        LocalDate today = currentUser.today();
        if (d.revokedAt() != null) {
            return Feedback.text("approvals.delegations.revokedState");
        }
        if (d.validUntil().isBefore(today)) {
            return Feedback.text("approvals.delegations.expired");
        }
        if (d.validFrom().isAfter(today)) {
            return Feedback.text("approvals.delegations.future");
        }
        return Feedback.text("approvals.delegations.active");
    }

    public boolean mayRevoke(DelegationView d) {
        return d.revokedAt() == null
                && !d.validUntil().isBefore(currentUser.today())
                && (isAdmin() || d.from().equals(currentUser.getUsername()));
    }

    public boolean isAdmin() {
        return currentUser.has("ADMIN");
    }

    public List<DelegationView> getList() {
        return list;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public void setValidUntil(LocalDate validUntil) {
        this.validUntil = validUntil;
    }
}
