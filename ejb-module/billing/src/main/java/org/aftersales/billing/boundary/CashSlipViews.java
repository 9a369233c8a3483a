package org.aftersales.billing.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.aftersales.domain.billing.CashSlip;
import org.aftersales.domain.billing.ChargePayment;
import org.aftersales.domain.shared.SingleLine;

/** What the payment-slip boundary (10.3 缴款单) takes and gives. */
public final class CashSlipViews {

    private CashSlipViews() {}

    /** The caller hands in the cash of one department to a cashier. */
    public record NewSlip(
            @NotBlank @Size(max = 8) String department,
            @NotBlank @Size(max = 64) @SingleLine String cashier) implements Serializable {}

    /** A cash payment taken on site. */
    public record CashLine(
            String chargeNumber, String ticketNumber, int lineNo, BigDecimal amount, Instant at, String slipNumber)
            implements Serializable {
        static CashLine of(ChargePayment p) {
            return new CashLine(
                    p.getCharge().getNumber(),
                    p.getCharge().getTicketNumber(),
                    p.getLineNo(),
                    p.getAmount(),
                    p.getAt(),
                    p.getSlipNumber());
        }
    }

    /** The cash of one department not yet handed in. */
    public record Unhanded(String department, int payments, BigDecimal total, List<CashLine> lines)
            implements Serializable {}

    /** A slip; {@code counted} and {@code overShort} (长短款: over +, short −) once the cashier received it. */
    public record SlipView(
            String number,
            String department,
            int payments,
            BigDecimal total,
            String paidInBy,
            String cashier,
            Instant settledAt,
            String receivedBy,
            Instant receivedAt,
            BigDecimal counted,
            BigDecimal overShort,
            List<CashLine> lines)
            implements Serializable {
        static SlipView of(CashSlip s, List<ChargePayment> lines) {
            return new SlipView(
                    s.getNumber(),
                    s.getUnit(),
                    s.getItemCount(),
                    s.getTotal(),
                    s.getPaidInBy(),
                    s.getCashier(),
                    s.getSettledAt(),
                    s.getReceivedBy(),
                    s.getReceivedAt(),
                    s.getCounted(),
                    s.getOverShort(),
                    lines.stream().map(CashLine::of).toList());
        }
    }
}
