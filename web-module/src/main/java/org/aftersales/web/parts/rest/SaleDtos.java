package org.aftersales.web.parts.rest;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.ZoneId;
import java.util.List;
import org.aftersales.parts.boundary.PartSaleViews.NewSaleLine;
import org.aftersales.parts.boundary.PartSaleViews.SaleLineView;
import org.aftersales.parts.boundary.PartSaleViews.SaleView;
import org.aftersales.parts.boundary.PartSaleViews.SettlementRow;
import org.aftersales.parts.boundary.PartSaleViews.SettlementView;
import org.aftersales.web.shared.rest.ApiTime;
import org.aftersales.web.shared.rest.MoneyText;

/** P5: the JSON of {@code /part-sales} and {@code /sales-settlements}; money as strings with two decimals. */
public final class SaleDtos {

    private SaleDtos() {}

    /** P5, as {@code PartSaleViews.NewSale}: the payment method an enum name. */
    public record NewSale(
            String servicePoint,
            String buyer,
            String buyerPhone,
            String ticketNumber,
            String paymentMethod,
            String cashier,
            String note,
            List<NewSaleLine> lines) {}

    public record NewSettlement(String servicePoint, String cashier) {}

    public record Line(
            int lineNo, String partNumber, String partName, String unit, int qty, String unitPrice, String amount) {
        static Line of(SaleLineView l) {
            return new Line(
                    l.lineNo(),
                    l.partNumber(),
                    l.partName(),
                    l.unit(),
                    l.quantity(),
                    MoneyText.format(l.unitPrice()),
                    MoneyText.format(l.amount()));
        }
    }

    @JsonbNillable
    public record Sale(
            String number,
            String servicePoint,
            String buyer,
            String buyerPhone,
            String ticketNumber,
            String paymentMethod,
            String cashier,
            String soldBy,
            String soldAt,
            String total,
            String currency,
            String note,
            String settlementNumber,
            List<Line> lines) {
        static Sale of(SaleView s, ZoneId zone) {
            return new Sale(
                    s.number(),
                    s.servicePoint(),
                    s.buyer(),
                    s.buyerPhone(),
                    s.ticketNumber(),
                    s.paymentMethod().name(),
                    s.cashier(),
                    s.soldBy(),
                    ApiTime.format(s.soldAt(), zone),
                    MoneyText.format(s.total()),
                    "CNY",
                    s.note(),
                    s.settlementNumber(),
                    s.lines().stream().map(Line::of).toList());
        }
    }

    public record Row(String soldBy, String paymentMethod, long sales, String amount) {
        static Row of(SettlementRow r) {
            return new Row(r.soldBy(), r.paymentMethod().name(), r.sales(), MoneyText.format(r.amount()));
        }
    }

    @JsonbNillable
    public record Settlement(
            String number,
            String servicePoint,
            int salesCount,
            String total,
            String currency,
            String paidInBy,
            String cashier,
            String settledAt,
            String receivedBy,
            String receivedAt,
            List<Row> rows) {
        static Settlement of(SettlementView s, ZoneId zone) {
            return new Settlement(
                    s.number(),
                    s.servicePoint(),
                    s.salesCount(),
                    MoneyText.format(s.total()),
                    "CNY",
                    s.paidInBy(),
                    s.cashier(),
                    ApiTime.format(s.settledAt(), zone),
                    s.receivedBy(),
                    ApiTime.format(s.receivedAt(), zone),
                    s.rows().stream().map(Row::of).toList());
        }
    }
}
