package org.aftersales.web.tickets.view;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.aftersales.domain.customers.warranty.Exclusion;
import org.aftersales.domain.shared.ConflictException;
import org.aftersales.domain.shared.RuleViolationException;
import org.aftersales.domain.shared.UnknownEntityException;
import org.aftersales.tickets.boundary.SiteExclusions;
import org.aftersales.tickets.boundary.SiteExclusions.ExclusionInput;
import org.aftersales.tickets.boundary.SiteExclusions.ExclusionView;
import org.aftersales.tickets.boundary.SiteExclusions.Findings;
import org.aftersales.web.shared.i18n.Messages;
import org.aftersales.web.shared.view.CurrentUser;
import org.aftersales.web.shared.view.Feedback;
import org.omnifaces.cdi.Param;
import org.primefaces.event.FileUploadEvent;

/**
 * W4 on the ticket page (phone-friendly): the technician records an exclusion found on site with a
 * note or a photo; who pays is re-assessed and shown with the reason; a goodwill exception may be
 * asked of a manager.
 */
@Named
@ViewScoped
public class TicketExclusions implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private SiteExclusions exclusions;

    @Inject
    private CurrentUser currentUser;

    @Inject
    @Param(name = "number")
    private String number;

    private Findings findings;
    private Exclusion exclusion;
    private String note;
    private byte[] photo;
    private String photoName;
    private Long goodwillFor;
    private String goodwillReason;

    @PostConstruct
    void load() {
        if (number == null || number.isBlank()) {
            return;
        }
        try {
            findings = exclusions.list(number);
        } catch (UnknownEntityException | jakarta.ejb.EJBAccessException e) {
            findings = null;
        }
    }

    public boolean isVisible() {
        return findings != null;
    }

    /** Who may record: the ticket's people (the boundary checks the technician is the assigned one). */
    public boolean isMayRecord() {
        return currentUser.has("TECHNICIAN")
                || currentUser.has("DISPATCHER")
                || currentUser.has("AGENT")
                || currentUser.has("MANAGER");
    }

    public void upload(FileUploadEvent event) {
        photo = event.getFile().getContent();
        photoName = event.getFile().getFileName();
    }

    public void record() {
        try {
            findings = exclusions.record(number, new ExclusionInput(exclusion, note, photo));
            exclusion = null;
            note = null;
            photo = null;
            photoName = null;
            Feedback.info("exclusions.recorded");
        } catch (RuleViolationException | ConflictException | UnknownEntityException e) {
            Feedback.failed(e, "ticketExclusionsForm");
        }
    }

    public void askGoodwill(ExclusionView x) {
        goodwillFor = x.id();
        goodwillReason = null;
    }

    public void requestGoodwill() {
        try {
            findings = exclusions.requestGoodwill(number, goodwillFor, goodwillReason);
            goodwillFor = null;
            goodwillReason = null;
            Feedback.info("exclusions.goodwillRequested");
        } catch (RuleViolationException | ConflictException | UnknownEntityException e) {
            Feedback.failed(e, "ticketExclusionsForm");
        }
    }

    /** Who pays now, and why, in the reader's words. */
    public String getReason() {
        if (findings == null || findings.entitlementReason() == null) {
            return "";
        }
        String[] parts = findings.entitlementReason().split("\\|", -1);
        return Messages.get(Feedback.locale(), parts[0], List.of(parts).subList(1, parts.length));
    }

    public Findings getFindings() {
        return findings;
    }

    public Exclusion[] getExclusions() {
        return Exclusion.values();
    }

    public Exclusion getExclusion() {
        return exclusion;
    }

    public void setExclusion(Exclusion v) {
        this.exclusion = v;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String v) {
        this.note = v;
    }

    public String getPhotoName() {
        return photoName;
    }

    public Long getGoodwillFor() {
        return goodwillFor;
    }

    public String getGoodwillReason() {
        return goodwillReason;
    }

    public void setGoodwillReason(String v) {
        this.goodwillReason = v;
    }
}
