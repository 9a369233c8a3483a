package org.aftersales.web.billing.view;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.aftersales.billing.boundary.CashSlipViews.NewSlip;
import org.aftersales.billing.boundary.CashSlipViews.SlipView;
import org.aftersales.billing.boundary.CashSlipViews.Unhanded;
import org.aftersales.billing.boundary.CashSlips;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.RuleViolationException;
import org.aftersales.web.shared.view.CurrentUser;
import org.aftersales.web.shared.view.Feedback;

/** 10.3 缴款单: my cash not yet handed in → a payment slip → print; the cashier settles open slips. */
@Named
@ViewScoped
public class CashSlipsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private CashSlips slips;

    @Inject
    private CurrentUser currentUser;

    private List<Unhanded> unhanded;
    private List<SlipView> mine;
    private List<SlipView> open;
    private List<SlipView> received;
    private String cashier;
    /** 10.3 长短款: the cash the cashier counted per open slip (blank: the slip's total). */
    private final Map<String, String> counted = new HashMap<>();

    @PostConstruct
    void load() {
        unhanded = currentUser.has("FINANCE") && !currentUser.has("ADMIN") ? List.of() : slips.unhanded();
        mine = slips.list(false, false, 0, 50).items();
        open = isFinanceDesk() ? slips.list(true, true, 0, 200).items() : List.of();
        received = isFinanceDesk()
                ? slips.list(true, false, 0, 50).items().stream()
                        .filter(s -> s.receivedAt() != null)
                        .toList()
                : List.of();
    }

    public boolean isFinanceDesk() {
        return currentUser.has("FINANCE") || currentUser.has("MANAGER") || currentUser.has("ADMIN");
    }

    public void handIn(String department) {
        try {
            SlipView s = slips.handIn(new NewSlip(department, cashier == null ? "" : cashier));
            Feedback.info("cashSlips.made", s.number(), s.total().toPlainString());
            load();
        } catch (RuntimeException e) {
            Feedback.failed(e, "slipForm");
        }
    }

    public void settle(String number) {
        try {
            SlipView s = slips.settle(number, counted(number));
            if (s.overShort().signum() == 0) {
                Feedback.info("cashSlips.settled", s.number(), s.total().toPlainString());
            } else {
                Feedback.info(
                        "cashSlips.settledOverShort",
                        s.number(),
                        s.total().toPlainString(),
                        s.counted().toPlainString(),
                        s.overShort().toPlainString());
            }
            counted.remove(number);
            load();
        } catch (RuntimeException e) {
            Feedback.failed(e, "slipForm");
        }
    }

    /** The amount typed for {@code number}; blank → null (the total); not an amount → 422 on the field. */
    private BigDecimal counted(String number) {
        String text = counted.get(number);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(text.strip());
            if (value.scale() > 2) {
                throw new NumberFormatException(text);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new RuleViolationException(FieldError.of("counted", "validation.money"));
        }
    }

    public Map<String, String> getCounted() {
        return counted;
    }

    public List<SlipView> getReceived() {
        return received;
    }

    public List<Unhanded> getUnhanded() {
        return unhanded;
    }

    public List<SlipView> getMine() {
        return mine;
    }

    public List<SlipView> getOpen() {
        return open;
    }

    public String getCashier() {
        return cashier;
    }

    public void setCashier(String cashier) {
        this.cashier = cashier;
    }
}
