package org.aftersales.web.billing.rest;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.ZoneId;
import java.util.List;
import org.aftersales.billing.boundary.CashSlipViews;
import org.aftersales.web.shared.rest.ApiTime;
import org.aftersales.web.shared.rest.MoneyText;

/** The JSON of the technician's payment slips (10.3 缴款单). */
public final class CashSlipDtos {

    private CashSlipDtos() {}

    /** {@code POST /cash-slips}. */
    public record NewSlip(String department, String cashier) {}

    @JsonbNillable
    public record CashLine(String chargeNumber, String ticketNumber, int lineNo, String amount, String at) {
        static CashLine of(CashSlipViews.CashLine l, ZoneId zone) {
            return new CashLine(
                    l.chargeNumber(),
                    l.ticketNumber(),
                    l.lineNo(),
                    MoneyText.format(l.amount()),
                    ApiTime.format(l.at(), zone));
        }
    }

    public record Unhanded(String department, int payments, String total, List<CashLine> lines) {
        static Unhanded of(CashSlipViews.Unhanded u, ZoneId zone) {
            return new Unhanded(
                    u.department(),
                    u.payments(),
                    MoneyText.format(u.total()),
                    u.lines().stream().map(l -> CashLine.of(l, zone)).toList());
        }
    }

    /**
     * {@code POST /cash-slips/{number}/settlement}, optional: the cash the cashier counted (absent: the
     * slip's total, nothing over or short).
     */
    public record Settlement(String counted) {}

    public record UnhandedList(List<Unhanded> items) {}

    @JsonbNillable
    public record Slip(
            String number,
            String department,
            int payments,
            String total,
            String paidInBy,
            String cashier,
            String settledAt,
            String receivedBy,
            String receivedAt,
            String counted,
            String overShort,
            List<CashLine> lines) {
        static Slip of(CashSlipViews.SlipView s, ZoneId zone) {
            return new Slip(
                    s.number(),
                    s.department(),
                    s.payments(),
                    MoneyText.format(s.total()),
                    s.paidInBy(),
                    s.cashier(),
                    ApiTime.format(s.settledAt(), zone),
                    s.receivedBy(),
                    s.receivedAt() == null ? null : ApiTime.format(s.receivedAt(), zone),
                    MoneyText.format(s.counted()),
                    MoneyText.format(s.overShort()),
                    s.lines().stream().map(l -> CashLine.of(l, zone)).toList());
        }
    }
}
