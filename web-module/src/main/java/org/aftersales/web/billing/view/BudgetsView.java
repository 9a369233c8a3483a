package org.aftersales.web.billing.view;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.aftersales.billing.boundary.Budgets;
import org.aftersales.billing.boundary.CostViews.BudgetInput;
import org.aftersales.billing.boundary.CostViews.BudgetView;
import org.aftersales.web.shared.view.CurrentUser;
import org.aftersales.web.shared.view.Feedback;

/**
 * B5: the after-sales budgets of the project departments for a year — an amount, or a percentage of the
 * output value the department enters — with spent and remaining; FINANCE and managers set them.
 */
@Named
@ViewScoped
public class BudgetsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private Budgets budgets;

    @Inject
    private CurrentUser currentUser;

    private int year;
    private List<BudgetView> list = List.of();
    private String department;
    private boolean byShare;
    private BigDecimal amount;
    private BigDecimal outputValue;
    private BigDecimal percentOfOutput;
    private String manager;

    @PostConstruct
    void load() {
        year = currentUser.today().getYear();
        reload();
    }

    public void reload() {
        list = budgets.ofYear(year);
    }

    /** Puts a listed budget into the form to change it. */
    public void edit(BudgetView b) {
        department = b.department();
        byShare = b.amount() == null;
        amount = b.amount();
        outputValue = b.outputValue();
        percentOfOutput =
                b.percentOfOutput() == null ? null : b.percentOfOutput().stripTrailingZeros();
        manager = b.manager();
    }

    public void save() {
        try {
            BudgetView saved = budgets.set(
                    department == null ? null : department.strip().toUpperCase(java.util.Locale.ROOT),
                    year,
                    byShare
                            ? new BudgetInput(null, outputValue, percentOfOutput, manager)
                            : new BudgetInput(amount, null, null, manager));
            Feedback.info(
                    "budgets.saved",
                    saved.department(),
                    saved.year(),
                    saved.budget().toPlainString());
            reload();
        } catch (RuntimeException e) {
            Feedback.failed(e, "budgetForm");
        }
    }

    public List<BudgetView> getList() {
        return list;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public boolean isByShare() {
        return byShare;
    }

    public void setByShare(boolean byShare) {
        this.byShare = byShare;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public BigDecimal getOutputValue() {
        return outputValue;
    }

    public void setOutputValue(BigDecimal outputValue) {
        this.outputValue = outputValue;
    }

    public BigDecimal getPercentOfOutput() {
        return percentOfOutput;
    }

    public void setPercentOfOutput(BigDecimal percentOfOutput) {
        this.percentOfOutput = percentOfOutput;
    }

    public String getManager() {
        return manager;
    }

    public void setManager(String manager) {
        this.manager = manager;
    }
}
