package org.aftersales.web.customers.view;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.aftersales.customers.boundary.WarrantyService;
import org.aftersales.domain.shared.UnknownEntityException;
import org.aftersales.web.shared.view.CurrentUser;
import org.aftersales.web.shared.view.Feedback;
import org.omnifaces.cdi.Param;

/** W1–W3: the warranty-check screen — serial number and date → status, start, basis, coverage, reason. */
@Named
@ViewScoped
public class WarrantyCheckView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CurrentUser currentUser;

    @EJB
    private WarrantyService warranty;

    /** ?serial= of a link to the check, read when the view is created. */
    @Inject
    @Param(name = "serial")
    private String serialParam;

    private String serialNumber;
    private LocalDate date;
    private WarrantyService.Check result;

    @jakarta.annotation.PostConstruct
    void prefill() {
        date = currentUser.today();
        if (serialParam != null && !serialParam.isBlank()) {
            serialNumber = serialParam;
            check();
        }
    }

    public void check() {
        try {
            result = warranty.check(serialNumber, date == null ? currentUser.today() : date);
        } catch (UnknownEntityException e) {
            result = null;
            org.omnifaces.util.Messages.addError(
                    "warrantyForm:serialNumber", Feedback.text("warranty.unknownSerial", serialNumber));
            jakarta.faces.context.FacesContext.getCurrentInstance().validationFailed();
        }
    }

    public String reason() {
        return result == null
                ? ""
                : Feedback.text(
                        result.assessment().reasonKey(),
                        result.assessment().reasonArgs().toArray());
    }

    /** A component's name from the bundle; a code an admin added without a name shows as itself. */
    public String componentName(String code) {
        String key = "component." + code;
        String text = Feedback.text(key);
        return key.equals(text) ? code : text;
    }

    public String getSerialNumber() {
        return serialNumber;
    }

    public void setSerialNumber(String v) {
        this.serialNumber = v;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate v) {
        this.date = v;
    }

    public WarrantyService.Check getResult() {
        return result;
    }
}
