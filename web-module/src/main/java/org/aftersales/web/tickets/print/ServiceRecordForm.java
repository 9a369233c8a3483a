package org.aftersales.web.tickets.print;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import org.aftersales.web.shared.print.PaperForm;
import org.aftersales.web.shared.print.PaperForm.Label;
import org.aftersales.web.shared.print.PrintFormat;

/**
 * T8 service record (维修记录单 / 外出服务记录表): the work done on a ticket, the parts used, hours and
 * charges, the technician, and the customer's signature and date. Printed in three copies: stub,
 * after-sales, customer. Every value but the ticket number and the customer may be missing; a
 * missing signature leaves the box empty for a pen.
 *
 * @param charges in yuan; null when nothing is charged or not yet known, see {@code entitlement}
 * @param entitlement who pays and why, e.g. 保修期内免费 (B3)
 * @param signature the customer's signature as PNG bytes, or null
 */
public record ServiceRecordForm(
        String ticketNumber,
        String customerName,
        String contact,
        String phone,
        String address,
        String productModel,
        String serialNumber,
        String serviceKind,
        String faultLevel,
        String faultDescription,
        Instant registeredAt,
        Instant arrivedAt,
        Instant resolvedAt,
        String diagnosis,
        String solution,
        String workDone,
        String partsUsed,
        BigDecimal hours,
        BigDecimal charges,
        String entitlement,
        String technician,
        byte[] signature,
        String signedBy,
        LocalDate signedOn) {

    public ServiceRecordForm {
        Objects.requireNonNull(ticketNumber, "Ticket number is required.");
        Objects.requireNonNull(customerName, "Customer name is required.");
    }

    /** The form under the default heading, times in China. */
    public static byte[] pdf(ServiceRecordForm form) {
        return pdf(form, PaperForm.DEFAULT_COMPANY, PrintFormat.CHINA);
    }

    /** The form under the company's heading, times in the given zone. */
    public static byte[] pdf(ServiceRecordForm form, String company, ZoneId zone) {
        PrintFormat format = PrintFormat.in(zone);
        return PaperForm.builder(new Label("维修记录单", "Service Record"))
                .company(company)
                .number(form.ticketNumber())
                .copies("第一联 存根", "第二联 售后服务", "第三联 客户") // T8: stub, after-sales, customer
                .pair(new Label("客户名称", "Customer"), form.customerName(), new Label("联系人", "Contact"), form.contact())
                .pair(new Label("联系电话", "Phone"), form.phone(), new Label("服务类型", "Service kind"), form.serviceKind())
                .wide(new Label("地址", "Address"), form.address())
                .pair(
                        new Label("产品型号", "Model"),
                        form.productModel(),
                        new Label("出厂编码", "Serial number"),
                        form.serialNumber())
                .pair(
                        new Label("故障等级", "Fault level"),
                        form.faultLevel(),
                        new Label("登记时间", "Registered"),
                        format.time(form.registeredAt()))
                .pair(
                        new Label("到达时间", "Arrived"),
                        format.time(form.arrivedAt()),
                        new Label("解决时间", "Resolved"),
                        format.time(form.resolvedAt()))
                .text(new Label("故障描述", "Fault description"), form.faultDescription())
                .text(new Label("故障诊断", "Diagnosis"), form.diagnosis())
                .text(new Label("解决方案", "Solution"), form.solution())
                .text(new Label("维修内容", "Work done"), form.workDone())
                .wide(new Label("使用备件", "Parts used"), form.partsUsed())
                .pair(
                        new Label("工时", "Hours"),
                        format.quantity(form.hours()),
                        new Label("费用", "Charges"),
                        format.money(form.charges()))
                .pair(
                        new Label("收费依据", "Entitlement"),
                        form.entitlement(),
                        new Label("技术人员", "Technician"),
                        form.technician())
                // the paper's signature lines (部门领导 / 仓库人员 / 维修人员), left for a pen
                .pair(new Label("部门领导", "Head of department"), "", new Label("仓库人员", "Storekeeper"), "")
                .pair(new Label("维修人员", "Technician's signature"), "", new Label("日期", "Date"), "")
                .signature(
                        new Label("客户签字", "Customer signature"),
                        form.signature(),
                        form.signedBy(),
                        format.date(form.signedOn()))
                .footer("客户签字即确认以上服务已完成 · The customer's signature confirms the service above was done")
                .build()
                .render();
    }
}
