package org.aftersales.web.tickets.print;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import org.aftersales.web.shared.print.PaperForm;
import org.aftersales.web.shared.print.PaperForm.Label;
import org.aftersales.web.shared.print.PrintFormat;

/**
 * T6 pickup receipt (客户商品领取收据): what the customer shows to collect an item left for repair —
 * the ticket number, the customer, the item, when it was received and the pickup code asked for at
 * collection, with a line for the customer's signature on collection. Two copies: the customer's and
 * the stub kept by the service point.
 */
public record PickupReceiptForm(
        String ticketNumber,
        String customerName,
        String phone,
        String item,
        String serialNumber,
        Instant receivedAt,
        String condition,
        String pickupCode) {

    public PickupReceiptForm {
        Objects.requireNonNull(ticketNumber, "Ticket number is required.");
        Objects.requireNonNull(customerName, "Customer name is required.");
        Objects.requireNonNull(pickupCode, "The pickup code is required.");
    }

    /** The receipt under the default heading, times in China. */
    public static byte[] pdf(PickupReceiptForm form) {
        return pdf(form, PaperForm.DEFAULT_COMPANY, PrintFormat.CHINA);
    }

    public static byte[] pdf(PickupReceiptForm form, String company, ZoneId zone) {
        PrintFormat format = PrintFormat.in(zone);
        return PaperForm.builder(new Label("客户商品领取收据", "Pickup Receipt"))
                .company(company)
                .number(form.ticketNumber())
                .copies("第一联 客户", "第二联 存根") // T6: the customer's copy, the stub
                .pair(new Label("客户名称", "Customer"), form.customerName(), new Label("联系电话", "Phone"), form.phone())
                .pair(new Label("商品", "Item"), form.item(), new Label("出厂编码", "Serial number"), form.serialNumber())
                .pair(
                        new Label("收件时间", "Received"),
                        format.time(form.receivedAt()),
                        new Label("领取码", "Pickup code"),
                        form.pickupCode())
                .wide(new Label("外观状况及附件", "Condition and accessories"), form.condition())
                .part(new Label("领取 · 客户领回商品时填写", "Collection, filled in when the item is collected"))
                .signature(new Label("客户签字", "Customer signature"), null, "", "")
                .footer("凡交本公司修理商品，凭此收据及领取码领取 · Show this receipt and its pickup code to collect the item")
                .build()
                .render();
    }
}
