package org.aftersales.web.tickets.print;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import org.aftersales.web.shared.print.PaperForm;
import org.aftersales.web.shared.print.PaperForm.Label;
import org.aftersales.web.shared.print.PrintFormat;

/**
 * T4 dispatch sheet (技术服务联络单): the customer's contact, the requested service and the current
 * state for the technician, with the SLA deadlines (T5), and a return slip the customer signs, dates
 * and rates on paper; the technician hands it back and customer service files it. Printed in two
 * copies: after-sales, technician.
 *
 * @param arriveBy the deadline to be on site as displayed (T4: 24 h after dispatch by default)
 * @param solutionBy the deadline for a proposed solution as displayed (T5), or null
 * @param resolveBy the deadline to eliminate the fault as displayed (T5), or null
 */
public record DispatchSheetForm(
        String number,
        String customerName,
        String contact,
        String phone,
        String address,
        String region,
        String productModel,
        String serialNumber,
        String requestedService,
        String faultLevel,
        String description,
        String currentState,
        Instant wantedAt,
        Instant dispatchedAt,
        String technician,
        String technicianPhone,
        String arriveBy,
        String solutionBy,
        String resolveBy) {

    public DispatchSheetForm {
        Objects.requireNonNull(number, "Dispatch sheet number is required.");
        Objects.requireNonNull(customerName, "Customer name is required.");
    }

    /** The form under the default heading, times in China. */
    public static byte[] pdf(DispatchSheetForm form) {
        return pdf(form, PaperForm.DEFAULT_COMPANY, PrintFormat.CHINA);
    }

    /** The form under the company's heading, times in the given zone. */
    public static byte[] pdf(DispatchSheetForm form, String company, ZoneId zone) {
        PrintFormat format = PrintFormat.in(zone);
        return PaperForm.builder(new Label("技术服务联络单", "Technical Service Dispatch Sheet"))
                .company(company)
                .number(form.number())
                .copies("第一联 售后服务", "第二联 技术人员") // T4: after-sales, technician
                .pair(new Label("客户名称", "Customer"), form.customerName(), new Label("区域", "Region"), form.region())
                .pair(new Label("联系人", "Contact"), form.contact(), new Label("联系电话", "Phone"), form.phone())
                .wide(new Label("地址", "Address"), form.address())
                .pair(
                        new Label("产品型号", "Model"),
                        form.productModel(),
                        new Label("出厂编码", "Serial number"),
                        form.serialNumber())
                .pair(
                        new Label("服务类型", "Requested service"),
                        form.requestedService(),
                        new Label("故障等级", "Fault level"),
                        form.faultLevel())
                .text(new Label("故障描述", "Fault description"), form.description())
                .wide(new Label("目前状态", "Current state"), form.currentState())
                .pair(
                        new Label("期望时间", "Wanted"),
                        format.time(form.wantedAt()),
                        new Label("派工时间", "Dispatched"),
                        format.time(form.dispatchedAt()))
                .pair(
                        new Label("技术人员", "Technician"),
                        form.technician(),
                        new Label("技术人员电话", "Technician phone"),
                        form.technicianPhone())
                .part(new Label("服务时限", "Service deadlines"))
                .pair(
                        new Label("到场时限", "Arrive by"),
                        form.arriveBy(),
                        new Label("提出方案时限", "Solution by"),
                        form.solutionBy())
                .wide(new Label("排除故障时限", "Resolve by"), form.resolveBy())
                .part(new Label("回执 · 服务完成后由客户填写，技术人员交回售后服务部", "Return slip, filled in by the customer"))
                .wide(new Label("满意度", "Satisfaction"), "□ 满意 Satisfied      □ 基本满意 Fair      □ 不满意 Dissatisfied")
                .signature(new Label("客户签字", "Customer signature"), null, "", "")
                .footer("技术人员联系客户、完成服务后，请客户签字并将此单交回售后服务部 · "
                        + "Return this sheet signed by the customer to after-sales")
                .build()
                .render();
    }
}
