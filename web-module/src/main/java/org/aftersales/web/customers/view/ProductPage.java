package org.aftersales.web.customers.view;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.aftersales.customers.boundary.ProductService;
import org.aftersales.customers.boundary.ProductViews.Inspection;
import org.aftersales.customers.boundary.ProductViews.ProductView;
import org.aftersales.customers.boundary.ProductViews.Reading;
import org.aftersales.customers.boundary.ProductViews.RegistrationForm;
import org.aftersales.domain.customers.ServiceTerm;
import org.aftersales.domain.customers.UsageFrequency;
import org.aftersales.domain.customers.WantedService;
import org.aftersales.domain.customers.warranty.SerialStatus;
import org.aftersales.domain.shared.ConflictException;
import org.aftersales.domain.shared.RuleViolationException;
import org.aftersales.domain.shared.UnknownEntityException;
import org.aftersales.web.shared.view.CurrentUser;
import org.aftersales.web.shared.view.Feedback;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

/**
 * C3: one installed product (产品档案) — its facts, the operating-hours history, and the after-sales
 * registration forms (售后服务登记表); the same bean serves the registration form's own screen.
 */
@Named
@ViewScoped
public class ProductPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CurrentUser currentUser;

    @EJB
    private ProductService products;

    /** ?serial= of the link that opened the page, injected when the view is created. */
    @Inject
    @Param(name = "serial")
    private String serial;

    private ProductView product;
    private List<Reading> readings;
    private List<RegistrationForm> registrations;

    private LocalDate readOn;
    private Long hours;

    private SerialStatus serialStatus;
    private boolean purchaseRecordAltered;
    private boolean remoteSite;

    private LocalDate registeredOn;
    private UsageFrequency usageFrequency;
    private List<WantedService> wantedServices = new ArrayList<>();
    private ServiceTerm serviceTerm;
    private Integer productRating;
    private Integer serviceRating;
    private String remarks;

    @PostConstruct
    void load() {
        readOn = currentUser.today();
        registeredOn = currentUser.today();
        reload();
    }

    private void reload() {
        product = serial == null ? null : products.find(serial).orElse(null);
        if (product != null) {
            serialStatus = product.serialStatus();
            purchaseRecordAltered = product.purchaseRecordAltered();
            remoteSite = product.remoteSite();
            readings = products.readings(serial);
            registrations = products.registrations(serial);
        }
    }

    /** W3, W5: what was found on site, against the version shown. */
    public void inspect() {
        try {
            products.inspect(
                    new Inspection(serial, product.version(), serialStatus, purchaseRecordAltered, remoteSite, null));
            Feedback.info("product.inspected", serial);
            reload();
        } catch (RuleViolationException | UnknownEntityException | ConflictException e) {
            Feedback.failed(e, "inspectionForm");
        }
    }

    public SerialStatus[] getSerialStatuses() {
        return SerialStatus.values();
    }

    public SerialStatus getSerialStatus() {
        return serialStatus;
    }

    public void setSerialStatus(SerialStatus v) {
        this.serialStatus = v;
    }

    public boolean isPurchaseRecordAltered() {
        return purchaseRecordAltered;
    }

    public void setPurchaseRecordAltered(boolean v) {
        this.purchaseRecordAltered = v;
    }

    public boolean isRemoteSite() {
        return remoteSite;
    }

    public void setRemoteSite(boolean v) {
        this.remoteSite = v;
    }

    public void recordHours() {
        try {
            products.readHours(serial, readOn, hours == null ? -1 : hours);
            Feedback.info("product.hoursRecorded", hours);
            hours = null;
            reload();
        } catch (RuleViolationException | UnknownEntityException e) {
            Feedback.failed(e, "hoursForm");
        }
    }

    public String submitRegistration() {
        try {
            products.register(
                    serial,
                    new RegistrationForm(
                            registeredOn,
                            usageFrequency,
                            wantedServices.isEmpty()
                                    ? EnumSet.noneOf(WantedService.class)
                                    : EnumSet.copyOf(wantedServices),
                            serviceTerm,
                            productRating,
                            serviceRating,
                            remarks));
            Faces.getFlash().setKeepMessages(true);
            Feedback.info("registration.saved", serial);
            return "/product?faces-redirect=true&serial="
                    + java.net.URLEncoder.encode(serial, java.nio.charset.StandardCharsets.UTF_8);
        } catch (RuleViolationException | UnknownEntityException e) {
            Feedback.failed(e, "registrationForm");
            return null;
        }
    }

    public String label(String prefix, Object value) {
        return value == null ? "" : Feedback.text(prefix + value);
    }

    public UsageFrequency[] getFrequencies() {
        return UsageFrequency.values();
    }

    public WantedService[] getServices() {
        return WantedService.values();
    }

    public ServiceTerm[] getTerms() {
        return ServiceTerm.values();
    }

    public String getSerial() {
        return serial;
    }

    public ProductView getProduct() {
        return product;
    }

    public List<Reading> getReadings() {
        return readings;
    }

    public List<RegistrationForm> getRegistrations() {
        return registrations;
    }

    public LocalDate getReadOn() {
        return readOn;
    }

    public void setReadOn(LocalDate v) {
        this.readOn = v;
    }

    public Long getHours() {
        return hours;
    }

    public void setHours(Long v) {
        this.hours = v;
    }

    public LocalDate getRegisteredOn() {
        return registeredOn;
    }

    public void setRegisteredOn(LocalDate v) {
        this.registeredOn = v;
    }

    public UsageFrequency getUsageFrequency() {
        return usageFrequency;
    }

    public void setUsageFrequency(UsageFrequency v) {
        this.usageFrequency = v;
    }

    public List<WantedService> getWantedServices() {
        return wantedServices;
    }

    public void setWantedServices(List<WantedService> v) {
        this.wantedServices = v;
    }

    public ServiceTerm getServiceTerm() {
        return serviceTerm;
    }

    public void setServiceTerm(ServiceTerm v) {
        this.serviceTerm = v;
    }

    public Integer getProductRating() {
        return productRating;
    }

    public void setProductRating(Integer v) {
        this.productRating = v;
    }

    public Integer getServiceRating() {
        return serviceRating;
    }

    public void setServiceRating(Integer v) {
        this.serviceRating = v;
    }

    public String getRemarks() {
        return remarks;
    }

    public void setRemarks(String v) {
        this.remarks = v;
    }
}
