package org.aftersales.web.billing.view;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.RuleViolationException;
import org.aftersales.parts.boundary.FundQuotas;
import org.aftersales.parts.boundary.FundQuotas.QuotaView;
import org.aftersales.web.shared.view.Feedback;

/** P6 (SH/BD-06): the fund quota (资金定额) of every service point, edited by finance or a manager. */
@Named
@ViewScoped
public class FundQuotasView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private FundQuotas quotas;

    private List<QuotaView> points = new ArrayList<>();
    private final Map<String, String> amounts = new HashMap<>();

    @PostConstruct
    void load() {
        points = quotas.all();
        amounts.clear();
        for (QuotaView p : points) {
            amounts.put(p.servicePoint(), p.amount() == null ? "" : p.amount().toPlainString());
        }
    }

    public void save(String servicePoint) {
        try {
            String text = amounts.get(servicePoint);
            BigDecimal amount;
            try {
                amount = text == null || text.isBlank() ? null : new BigDecimal(text.strip());
            } catch (NumberFormatException e) {
                throw new RuleViolationException(FieldError.of("amount", "validation.money"));
            }
            quotas.set(servicePoint, amount);
            load();
            Feedback.info("fundQuotas.saved", servicePoint);
        } catch (RuleViolationException e) {
            Feedback.failed(e, "quotasForm");
        }
    }

    public List<QuotaView> getPoints() {
        return points;
    }

    public Map<String, String> getAmounts() {
        return amounts;
    }
}
