package org.aftersales.web.billing.view;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.aftersales.billing.boundary.CostViews.ClaimStepInput;
import org.aftersales.billing.boundary.CostViews.SupplierClaimView;
import org.aftersales.billing.boundary.SupplierClaims;
import org.aftersales.domain.accounts.Roles;
import org.aftersales.domain.billing.SupplierClaimState;
import org.aftersales.domain.shared.UnknownEntityException;
import org.aftersales.web.shared.i18n.EnumLabels;
import org.aftersales.web.shared.view.CurrentUser;
import org.aftersales.web.shared.view.ExcelExport;
import org.aftersales.web.shared.view.Feedback;
import org.aftersales.web.shared.view.PagedModel;
import org.aftersales.web.shared.view.StaffNames;
import org.omnifaces.cdi.Param;
import org.primefaces.model.StreamedContent;

/**
 * B5 索赔单: the claims on suppliers listed per supplier, filtered by supplier and state, exported to
 * Excel; one claim with its steps, its next step (FINANCE, managers) and its print.
 */
@Named
@ViewScoped
public class SupplierClaimsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int EXPORT_MAX = 100_000;

    @EJB
    private SupplierClaims claims;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private StaffNames staffNames;

    /** ?claim= opens one claim at once (the link from a ticket's costs). */
    @Inject
    @Param(name = "claim")
    private String claimParam;

    private String supplier;
    private SupplierClaimState state;
    private SupplierClaimView selected;
    private String note;

    private final PagedModel<SupplierClaimView> list =
            new PagedModel<>((first, size) -> claims.list(supplier, state, first, size), SupplierClaimView::number);

    @jakarta.annotation.PostConstruct
    void openLinked() {
        if (claimParam != null && !claimParam.isBlank()) {
            try {
                selected = claims.get(claimParam.strip());
            } catch (UnknownEntityException e) {
                selected = null;
            }
        }
    }

    public void select(String number) {
        selected = claims.get(number);
        note = null;
    }

    public void move(SupplierClaimState target) {
        try {
            selected = claims.move(selected.number(), new ClaimStepInput(target, note));
            note = null;
            Feedback.info("supplierClaims.moved", selected.number(), EnumLabels.label(Feedback.locale(), target));
        } catch (RuntimeException e) {
            Feedback.failed(e, "claimsForm");
        }
    }

    public boolean isMayMove() {
        return currentUser.has(Roles.FINANCE) || currentUser.has(Roles.MANAGER) || currentUser.has(Roles.ADMIN);
    }

    public StreamedContent getExport() {
        return ExcelExport.of(
                "supplier-claims",
                currentUser.getZone(),
                Feedback.text("supplierClaims.title"),
                List.of(
                        Feedback.text("supplierClaims.supplier"),
                        Feedback.text("supplierClaims.number"),
                        Feedback.text("supplierClaims.ticket"),
                        Feedback.text("supplierClaims.model"),
                        Feedback.text("supplierClaims.serial"),
                        Feedback.text("supplierClaims.amount"),
                        Feedback.text("supplierClaims.state"),
                        Feedback.text("supplierClaims.openedAt")),
                (first, size) -> claims.list(supplier, state, first, size),
                c -> List.of(
                        c.supplier(),
                        c.number(),
                        c.ticketNumber(),
                        c.model() == null ? "" : c.model(),
                        c.serialNumber() == null ? "" : c.serialNumber(),
                        c.amount().toPlainString(),
                        EnumLabels.label(Feedback.locale(), c.state()),
                        currentUser.time(c.openedAt())),
                EXPORT_MAX);
    }

    public List<SupplierClaimState> getStates() {
        return List.of(SupplierClaimState.values());
    }

    public List<SupplierClaimState> getNext() {
        return selected == null ? List.of() : selected.next().stream().sorted().toList();
    }

    public String by(String username) {
        return staffNames.of(username);
    }

    public PagedModel<SupplierClaimView> getList() {
        return list;
    }

    public String getSupplier() {
        return supplier;
    }

    public void setSupplier(String supplier) {
        this.supplier = supplier;
    }

    public SupplierClaimState getState() {
        return state;
    }

    public void setState(SupplierClaimState state) {
        this.state = state;
    }

    public SupplierClaimView getSelected() {
        return selected;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
