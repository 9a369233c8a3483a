package org.aftersales.parts.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.aftersales.domain.parts.PartSale;
import org.aftersales.domain.parts.PartSaleLine;
import org.aftersales.domain.parts.PaymentMethod;
import org.aftersales.domain.parts.SalesSettlement;
import org.aftersales.domain.shared.SingleLine;
import org.aftersales.parts.control.Checks.KnownServicePoint;
import org.aftersales.parts.control.Checks.KnownTicket;
import org.aftersales.parts.control.Checks.Lines;
import org.aftersales.parts.control.Checks.PartLine;
import org.aftersales.parts.control.Checks.Quantity;

/** What the parts sales (P5) take and give. */
public final class PartSaleViews {

    /** The most lines on one sales card. */
    public static final int MAX_LINES = 50;

    private PartSaleViews() {}

    /** P5: a counter sale; {@code cashier} (收款员) defaults to the caller. */
    public record NewSale(
            @NotBlank @KnownServicePoint String servicePoint,
            @NotBlank @Size(max = 200) @SingleLine String buyer,
            @Size(max = 32) @SingleLine String buyerPhone,
            @KnownTicket String ticketNumber,
            @NotNull PaymentMethod paymentMethod,
            @Size(max = 64) @SingleLine String cashier,
            @Size(max = 500) String note,

            @Lines(max = MAX_LINES, distinct = true, known = true)
            List<@Valid NewSaleLine> lines)
            implements Serializable {}

    public record NewSaleLine(
            @NotBlank String partNumber,
            @Quantity(positive = true) Integer qty) implements Serializable, PartLine {}

    public record SaleLineView(
            int lineNo,
            String partNumber,
            String partName,
            String unit,
            int quantity,
            BigDecimal unitPrice,
            BigDecimal amount)
            implements Serializable {
        static SaleLineView of(PartSaleLine l) {
            return new SaleLineView(
                    l.getLineNo(),
                    l.getPartNumber(),
                    l.getPartName(),
                    l.getUnit(),
                    l.getQuantity(),
                    l.getUnitPrice(),
                    l.getAmount());
        }
    }

    /** P5: the parts sales card (零配件销货卡); {@code settlementNumber}: its payment slip (缴款单), once settled. */
    public record SaleView(
            String number,
            String servicePoint,
            String buyer,
            String buyerPhone,
            String ticketNumber,
            PaymentMethod paymentMethod,
            String cashier,
            String soldBy,
            Instant soldAt,
            BigDecimal total,
            String note,
            String settlementNumber,
            List<SaleLineView> lines)
            implements Serializable {
        static SaleView of(PartSale s) {
            return new SaleView(
                    s.getNumber(),
                    s.getServicePoint(),
                    s.getBuyer(),
                    s.getBuyerPhone(),
                    s.getTicketNumber(),
                    s.getPaymentMethod(),
                    s.getCashier(),
                    s.getSoldBy(),
                    s.getSoldAt(),
                    s.getTotal(),
                    s.getNote(),
                    s.getSettlementNumber(),
                    s.getLines().stream().map(SaleLineView::of).toList());
        }
    }

    /** P5: one row of the sales settlement (销售结帐表) — per salesperson (营业员) and payment method. */
    public record SettlementRow(String soldBy, PaymentMethod paymentMethod, long sales, BigDecimal amount)
            implements Serializable {}

    /**
     * P5: the payment slip (缴款单) of a settlement with the settlement's rows; for the unsettled
     * sales of a counter ({@code number} null) the same as a preview.
     */
    public record SettlementView(
            String number,
            String servicePoint,
            int salesCount,
            BigDecimal total,
            String paidInBy,
            String cashier,
            Instant settledAt,
            String receivedBy,
            Instant receivedAt,
            List<SettlementRow> rows)
            implements Serializable {
        static SettlementView of(SalesSettlement s, List<SettlementRow> rows) {
            return new SettlementView(
                    s.getNumber(),
                    s.getServicePoint(),
                    s.getSalesCount(),
                    s.getTotal(),
                    s.getPaidInBy(),
                    s.getCashier(),
                    s.getSettledAt(),
                    s.getReceivedBy(),
                    s.getReceivedAt(),
                    rows);
        }
    }
}
