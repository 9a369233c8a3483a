package org.aftersales.web.billing.view;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.aftersales.billing.boundary.ExpenseClaims;
import org.aftersales.billing.boundary.ExpenseViews.ClaimView;
import org.aftersales.billing.boundary.ExpenseViews.PaymentInput;
import org.aftersales.domain.billing.ChargePaymentMethod;
import org.aftersales.domain.billing.ExpenseClaimState;
import org.aftersales.domain.billing.ExpenseRegister;
import org.aftersales.web.shared.view.Feedback;

/** B6: finance's list of approved claims to pay; B7: the month's register against the quotas (费用登记 / 定额). */
@Named
@ViewScoped
public class ExpensePayView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ExpenseClaims claims;

    private List<ClaimView> approved;
    private ChargePaymentMethod method = ChargePaymentMethod.BANK;
    private LocalDate paidOn;
    private String month;
    private List<ExpenseRegister> register;
    private String quotaDepartment;
    private java.math.BigDecimal quotaAmount;

    @PostConstruct
    void load() {
        approved = claims.list(null, ExpenseClaimState.APPROVED, null, 0, 200).items();
        YearMonth m;
        try {
            m = month == null || month.isBlank() ? YearMonth.now() : YearMonth.parse(month.strip());
        } catch (java.time.format.DateTimeParseException e) {
            m = YearMonth.now();
        }
        month = m.toString();
        register = claims.register(m);
    }

    public void pay(String number) {
        try {
            ClaimView c = claims.pay(number, new PaymentInput(paidOn, method));
            Feedback.info("expenses.paid", c.number(), c.total().toPlainString());
            load();
        } catch (RuntimeException e) {
            Feedback.failed(e, "payForm");
        }
    }

    public void showMonth() {
        load();
    }

    public void setQuota() {
        try {
            claims.setQuota(quotaDepartment, YearMonth.parse(month), quotaAmount);
            Feedback.info("expenses.quotaSet", quotaDepartment, month);
            load();
        } catch (RuntimeException e) {
            Feedback.failed(e, "registerForm");
        }
    }

    public ChargePaymentMethod[] getMethods() {
        return ChargePaymentMethod.values();
    }

    public List<ClaimView> getApproved() {
        return approved;
    }

    public ChargePaymentMethod getMethod() {
        return method;
    }

    public void setMethod(ChargePaymentMethod method) {
        this.method = method;
    }

    public LocalDate getPaidOn() {
        return paidOn;
    }

    public void setPaidOn(LocalDate paidOn) {
        this.paidOn = paidOn;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public List<ExpenseRegister> getRegister() {
        return register;
    }

    public String getQuotaDepartment() {
        return quotaDepartment;
    }

    public void setQuotaDepartment(String quotaDepartment) {
        this.quotaDepartment = quotaDepartment;
    }

    public java.math.BigDecimal getQuotaAmount() {
        return quotaAmount;
    }

    public void setQuotaAmount(java.math.BigDecimal quotaAmount) {
        this.quotaAmount = quotaAmount;
    }
}
