package org.aftersales.web.customers.view;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.aftersales.customers.boundary.ContractService;
import org.aftersales.customers.boundary.ContractViews.ContractView;
import org.aftersales.customers.boundary.ContractViews.NewContract;
import org.aftersales.customers.boundary.CustomerService;
import org.aftersales.customers.boundary.CustomerViews.CustomerChange;
import org.aftersales.customers.boundary.CustomerViews.CustomerView;
import org.aftersales.customers.boundary.EntitlementService;
import org.aftersales.customers.boundary.ProductService;
import org.aftersales.customers.boundary.ProductViews.NewProduct;
import org.aftersales.customers.boundary.ProductViews.ProductView;
import org.aftersales.domain.customers.ContractKind;
import org.aftersales.domain.customers.CustomerType;
import org.aftersales.domain.customers.warranty.Entitlement;
import org.aftersales.domain.customers.warranty.ProductUse;
import org.aftersales.domain.customers.warranty.ProofOfPurchase;
import org.aftersales.domain.customers.warranty.SerialStatus;
import org.aftersales.domain.shared.ConflictException;
import org.aftersales.domain.shared.RuleViolationException;
import org.aftersales.domain.shared.UnknownEntityException;
import org.aftersales.web.shared.view.CurrentUser;
import org.aftersales.web.shared.view.Feedback;
import org.omnifaces.cdi.Param;
import org.primefaces.PrimeFaces;

/**
 * C1, C3, C5: one customer — details, contacts, installed products (registering a new one), service
 * contracts (signing one, moving it through QYBS) and, per product, today's entitlement.
 */
@Named
@ViewScoped
public class CustomerPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CurrentUser currentUser;

    @EJB
    private CustomerService customers;

    @EJB
    private ProductService products;

    @EJB
    private ContractService contracts;

    @EJB
    private EntitlementService entitlements;

    /** ?id= of the link that opened the page, read when the view is created. */
    @Inject
    @Param(name = "id")
    private String idParam;

    private Long id;
    private CustomerView customer;
    private List<ProductView> productList;
    private List<ContractView> contractList;

    // register a product
    private String model;
    private String category;
    private String serialNumber;
    private String colour;
    private LocalDate factoryDate;
    private LocalDate purchaseDate;
    private ProofOfPurchase proof = ProofOfPurchase.INVOICE;
    private ProductUse use = ProductUse.HOUSEHOLD;
    private String dealer;
    private String installationAddress;
    private boolean remoteSite;

    // sign a contract
    private String contractNumber;
    private ContractKind contractKind = ContractKind.NEW;
    private String previousNumber;
    private LocalDate contractStart;
    private LocalDate contractEnd;
    private Entitlement contractEntitlement = Entitlement.FREE;
    private String feeTerms;
    private Integer responseHours;
    private String site;
    private List<String> coveredSerials = new ArrayList<>();

    // edit the customer
    private String editName;
    private CustomerType editType;
    private String editContact;
    private String editPhone;
    private String editEmail;
    private String editRegion;
    private String editAddress;

    // entitlement of one product today
    private EntitlementService.Decision decision;

    @PostConstruct
    void load() {
        try {
            id = idParam == null ? null : Long.valueOf(idParam);
        } catch (NumberFormatException e) {
            id = null;
        }
        reload();
    }

    private void reload() {
        customer = id == null ? null : customers.find(id).orElse(null);
        if (customer != null) {
            productList = products.ofCustomer(id);
            contractList = contracts.ofCustomer(id);
        }
    }

    public void startEdit() {
        editName = customer.name();
        editType = customer.type();
        editContact = customer.contact();
        editPhone = customer.phone();
        editEmail = customer.email();
        editRegion = customer.region();
        editAddress = customer.address();
    }

    /** C1: saves the change against the version shown; someone else's change meanwhile is a conflict. */
    public void saveCustomer() {
        try {
            customer = customers.update(new CustomerChange(
                    id,
                    customer.version(),
                    editName,
                    editType,
                    editContact,
                    editPhone,
                    editEmail,
                    editRegion,
                    editAddress,
                    customer.source(),
                    customer.contacts()));
            Feedback.info("customers.saved", customer.name());
            PrimeFaces.current().executeScript("PF('customerDialog').hide()");
        } catch (RuleViolationException | ConflictException | UnknownEntityException e) {
            Feedback.failed(e, "customerForm");
        }
    }

    public CustomerType[] getTypes() {
        return CustomerType.values();
    }

    public String getEditName() {
        return editName;
    }

    public void setEditName(String v) {
        this.editName = v;
    }

    public CustomerType getEditType() {
        return editType;
    }

    public void setEditType(CustomerType v) {
        this.editType = v;
    }

    public String getEditContact() {
        return editContact;
    }

    public void setEditContact(String v) {
        this.editContact = v;
    }

    public String getEditPhone() {
        return editPhone;
    }

    public void setEditPhone(String v) {
        this.editPhone = v;
    }

    public String getEditEmail() {
        return editEmail;
    }

    public void setEditEmail(String v) {
        this.editEmail = v;
    }

    public String getEditRegion() {
        return editRegion;
    }

    public void setEditRegion(String v) {
        this.editRegion = v;
    }

    public String getEditAddress() {
        return editAddress;
    }

    public void setEditAddress(String v) {
        this.editAddress = v;
    }

    public void registerProduct() {
        try {
            ProductView registered = products.register(
                    id,
                    new NewProduct(
                            model,
                            category,
                            serialNumber,
                            colour,
                            factoryDate,
                            purchaseDate,
                            proof,
                            use,
                            SerialStatus.OK,
                            dealer,
                            installationAddress == null || installationAddress.isBlank()
                                    ? customer.address()
                                    : installationAddress,
                            remoteSite,
                            null));
            Feedback.info("products.registered", registered.serialNumber());
            model = category = serialNumber = colour = dealer = installationAddress = null;
            factoryDate = purchaseDate = null;
            remoteSite = false;
            reload();
            PrimeFaces.current().executeScript("PF('productDialog').hide()");
        } catch (RuleViolationException | UnknownEntityException e) {
            Feedback.failed(e, "productForm");
        }
    }

    public void signContract() {
        try {
            ContractView signed = contracts.create(new NewContract(
                    contractNumber,
                    id,
                    contractKind,
                    previousNumber,
                    contractStart,
                    contractEnd,
                    contractEntitlement,
                    feeTerms,
                    responseHours,
                    site,
                    coveredSerials));
            Feedback.info("contracts.signed", signed.number());
            contractNumber = previousNumber = feeTerms = site = null;
            contractStart = contractEnd = null;
            responseHours = null;
            coveredSerials = new ArrayList<>();
            reload();
            PrimeFaces.current().executeScript("PF('contractDialog').hide()");
        } catch (RuleViolationException | UnknownEntityException e) {
            Feedback.failed(e, "contractForm");
        }
    }

    public void advance(ContractView contract) {
        try {
            contracts.advance(contract.number(), contract.version());
            reload();
        } catch (ConflictException | UnknownEntityException e) {
            Feedback.failed(e, "contractsForm");
        }
    }

    public void entitlement(ProductView product) {
        decision = entitlements.decide(id, product.serialNumber(), currentUser.today(), java.util.Set.of());
    }

    public String reason(String key, List<String> args) {
        return Feedback.text(key, args.toArray());
    }

    public ProductUse[] getUses() {
        return ProductUse.values();
    }

    public ProofOfPurchase[] getProofs() {
        return ProofOfPurchase.values();
    }

    public ContractKind[] getKinds() {
        return ContractKind.values();
    }

    public Entitlement[] getEntitlements() {
        return Entitlement.values();
    }

    public Long getId() {
        return id;
    }

    public CustomerView getCustomer() {
        return customer;
    }

    public List<ProductView> getProducts() {
        return productList;
    }

    public List<ContractView> getContracts() {
        return contractList;
    }

    public EntitlementService.Decision getDecision() {
        return decision;
    }

    public String getModel() {
        return model;
    }

    public void setModel(String v) {
        this.model = v;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String v) {
        this.category = v;
    }

    public String getSerialNumber() {
        return serialNumber;
    }

    public void setSerialNumber(String v) {
        this.serialNumber = v;
    }

    public String getColour() {
        return colour;
    }

    public void setColour(String v) {
        this.colour = v;
    }

    public LocalDate getFactoryDate() {
        return factoryDate;
    }

    public void setFactoryDate(LocalDate v) {
        this.factoryDate = v;
    }

    public LocalDate getPurchaseDate() {
        return purchaseDate;
    }

    public void setPurchaseDate(LocalDate v) {
        this.purchaseDate = v;
    }

    public ProofOfPurchase getProof() {
        return proof;
    }

    public void setProof(ProofOfPurchase v) {
        this.proof = v;
    }

    public ProductUse getUse() {
        return use;
    }

    public void setUse(ProductUse v) {
        this.use = v;
    }

    public String getDealer() {
        return dealer;
    }

    public void setDealer(String v) {
        this.dealer = v;
    }

    public String getInstallationAddress() {
        return installationAddress;
    }

    public void setInstallationAddress(String v) {
        this.installationAddress = v;
    }

    public boolean isRemoteSite() {
        return remoteSite;
    }

    public void setRemoteSite(boolean v) {
        this.remoteSite = v;
    }

    public String getContractNumber() {
        return contractNumber;
    }

    public void setContractNumber(String v) {
        this.contractNumber = v;
    }

    public ContractKind getContractKind() {
        return contractKind;
    }

    public void setContractKind(ContractKind v) {
        this.contractKind = v;
    }

    public String getPreviousNumber() {
        return previousNumber;
    }

    public void setPreviousNumber(String v) {
        this.previousNumber = v;
    }

    public LocalDate getContractStart() {
        return contractStart;
    }

    public void setContractStart(LocalDate v) {
        this.contractStart = v;
    }

    public LocalDate getContractEnd() {
        return contractEnd;
    }

    public void setContractEnd(LocalDate v) {
        this.contractEnd = v;
    }

    public Entitlement getContractEntitlement() {
        return contractEntitlement;
    }

    public void setContractEntitlement(Entitlement v) {
        this.contractEntitlement = v;
    }

    public String getFeeTerms() {
        return feeTerms;
    }

    public void setFeeTerms(String v) {
        this.feeTerms = v;
    }

    public Integer getResponseHours() {
        return responseHours;
    }

    public void setResponseHours(Integer v) {
        this.responseHours = v;
    }

    public String getSite() {
        return site;
    }

    public void setSite(String v) {
        this.site = v;
    }

    public List<String> getCoveredSerials() {
        return coveredSerials;
    }

    public void setCoveredSerials(List<String> v) {
        this.coveredSerials = v;
    }
}
