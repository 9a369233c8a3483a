package org.aftersales.web.tickets.print;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import org.aftersales.web.shared.print.PaperForm;
import org.aftersales.web.shared.print.PaperForm.Label;
import org.aftersales.web.shared.print.PrintFormat;

/**
 * T6 repair tag (修护卡): hung on a carry-in item awaiting repair, so it is known at a glance — the
 * ticket number, the customer and phone, the item with model and serial number, the fault, when it
 * was received and its condition and accessories as the goods log recorded them. One copy.
 *
 * @param dealerReturn the dealer return (T7) the item came back under, or null
 */
public record RepairTagForm(
        String ticketNumber,
        String customerName,
        String phone,
        String item,
        String model,
        String serialNumber,
        String fault,
        Instant receivedAt,
        String condition,
        String receivedBy,
        String dealerReturn) {

    public RepairTagForm {
        Objects.requireNonNull(ticketNumber, "Ticket number is required.");
        Objects.requireNonNull(customerName, "Customer name is required.");
    }

    /** The tag under the default heading, times in China. */
    public static byte[] pdf(RepairTagForm form) {
        return pdf(form, PaperForm.DEFAULT_COMPANY, PrintFormat.CHINA);
    }

    public static byte[] pdf(RepairTagForm form, String company, ZoneId zone) {
        PrintFormat format = PrintFormat.in(zone);
        PaperForm.Builder tag = PaperForm.builder(new Label("修护卡", "Repair Tag"))
                .company(company)
                .number(form.ticketNumber())
                .pair(new Label("客户名称", "Customer"), form.customerName(), new Label("联系电话", "Phone"), form.phone())
                .wide(new Label("商品", "Item"), form.item())
                .pair(new Label("产品型号", "Model"), form.model(), new Label("出厂编码", "Serial number"), form.serialNumber())
                .text(new Label("故障描述", "Fault"), form.fault())
                .pair(
                        new Label("收件时间", "Received"),
                        format.time(form.receivedAt()),
                        new Label("收件人", "Received by"),
                        form.receivedBy())
                .text(new Label("外观状况及附件", "Condition and accessories"), form.condition());
        if (form.dealerReturn() != null) {
            tag.wide(new Label("经销商退换单号", "Dealer return No."), form.dealerReturn());
        }
        return tag.footer("悬挂于待修商品上，以资识别 · Hang on the item awaiting repair")
                .build()
                .render();
    }
}
