package org.aftersales.web.customers.view;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.aftersales.customers.boundary.WarrantyService;
import org.aftersales.customers.boundary.WarrantyService.TermView;
import org.aftersales.domain.customers.warranty.Components;
import org.aftersales.domain.customers.warranty.ProductUse;
import org.aftersales.domain.shared.ConflictException;
import org.aftersales.domain.shared.RuleViolationException;
import org.aftersales.domain.shared.UnknownEntityException;
import org.aftersales.web.shared.i18n.EnumLabels;
import org.aftersales.web.shared.i18n.Messages;
import org.aftersales.web.shared.view.Feedback;
import org.primefaces.PrimeFaces;

/** W1: the warranty-terms table that ADMIN and QUALITY keep (per use, category, model and component). */
@Named
@ViewScoped
public class WarrantyTermsAdmin implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private WarrantyService warranty;

    private List<TermView> terms;
    private Long id;
    private long version;
    private String category;
    private String model;
    private ProductUse use;
    private String component;
    private int months = 12;

    public List<TermView> getTerms() {
        if (terms == null) {
            terms = warranty.list();
        }
        return terms;
    }

    public void add() {
        id = null;
        version = 0;
        category = model = null;
        use = ProductUse.HOUSEHOLD;
        component = "WHOLE_UNIT";
        months = 12;
    }

    public void edit(TermView term) {
        id = term.id();
        version = term.version();
        category = term.category();
        model = term.model();
        use = term.use();
        component = term.component();
        months = term.months();
    }

    public void save() {
        try {
            warranty.save(new TermView(id, category, model, use, component, months, version));
            Feedback.info("warrantyTerms.saved");
            terms = null;
            PrimeFaces.current().executeScript("PF('termDialog').hide()");
        } catch (RuleViolationException | ConflictException | UnknownEntityException e) {
            Feedback.failed(e, "termForm");
        }
    }

    public void remove(TermView term) {
        try {
            warranty.remove(term.id());
            terms = null;
            Feedback.info("warrantyTerms.removed");
        } catch (UnknownEntityException e) {
            Feedback.failed(e, "termsForm");
        }
    }

    public ProductUse[] getUses() {
        return ProductUse.values();
    }

    public Long getId() {
        return id;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String v) {
        this.category = v;
    }

    public String getModel() {
        return model;
    }

    public void setModel(String v) {
        this.model = v;
    }

    public ProductUse getUse() {
        return use;
    }

    public void setUse(ProductUse v) {
        this.use = v;
    }
    /** Issue 10.17: the component in words (整机, 压缩机); a code someone typed stays as it is. */
    public String getComponent() {
        return componentName(component);
    }

    public void setComponent(String v) {
        this.component = componentCode(v);
    }

    public String componentName(String code) {
        return EnumLabels.label(Feedback.locale(), "component.", code);
    }

    /** The code of a component typed as its words (in either language) or as the code itself. */
    static String componentCode(String typed) {
        if (typed == null) {
            return null;
        }
        String text = typed.strip();
        for (String code : List.of(Components.WHOLE_UNIT, Components.COMPRESSOR)) {
            for (java.util.Locale locale : List.of(Messages.CHINESE, java.util.Locale.ENGLISH)) {
                if (text.equalsIgnoreCase(EnumLabels.label(locale, "component.", code))) {
                    return code;
                }
            }
        }
        return text;
    }

    public int getMonths() {
        return months;
    }

    public void setMonths(int v) {
        this.months = v;
    }
}
