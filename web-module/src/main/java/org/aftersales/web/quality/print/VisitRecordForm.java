package org.aftersales.web.quality.print;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.UnaryOperator;
import org.aftersales.customers.boundary.CustomerViews.CustomerView;
import org.aftersales.domain.quality.VisitReason;
import org.aftersales.domain.quality.VisitResult;
import org.aftersales.quality.boundary.QualityViews.VisitView;
import org.aftersales.web.shared.i18n.Messages;
import org.aftersales.web.shared.print.PaperForm;
import org.aftersales.web.shared.print.PaperForm.Label;
import org.aftersales.web.shared.print.PrintFormat;

/**
 * Q4: 顾客回访记录表 as the paper — whom was called and why, what the customer was told (whom to call,
 * the number, the complaint process), the outcome even when the customer had nothing to say, and the
 * complaint a problem became.
 */
public final class VisitRecordForm {

    private VisitRecordForm() {}

    public static byte[] pdf(
            VisitView v,
            CustomerView customer,
            String company,
            String script,
            ZoneId zone,
            UnaryOperator<String> people) {
        PrintFormat format = PrintFormat.in(zone);
        String remarks = v.remarks() != null
                ? v.remarks()
                : v.lastResult() == VisitResult.REACHED ? text("visits.nothingToSay") : "";
        return PaperForm.builder(new Label("顾客回访记录表", "Customer Return Visit Record"))
                .company(company)
                .number(String.valueOf(v.id()))
                .pair(
                        new Label("顾客名称", "Customer"),
                        customer == null ? "" : customer.name(),
                        new Label("电话", "Phone"),
                        customer == null ? "" : nz(customer.phone()))
                .pair(
                        new Label("联系人", "Contact"),
                        customer == null ? "" : nz(customer.contact()),
                        new Label("地址", "Address"),
                        customer == null ? "" : nz(customer.address()))
                .pair(
                        new Label("出厂编码", "Serial number"),
                        v.serialNumber(),
                        new Label("关联叫修单", "Ticket"),
                        v.ticketNumber())
                .pair(
                        new Label("回访原因", "Reason"),
                        ComplaintReportForm.choices(VisitReason.values(), v.reason(), "visitReason."),
                        new Label("应回访日期", "Due"),
                        format.date(v.dueFrom()) + " – " + format.date(v.dueUntil()))
                .pair(
                        new Label("回访方式", "By"),
                        text("visits.byPhone"),
                        new Label("回访次数", "Calls"),
                        String.valueOf(v.attempts()))
                .wide(
                        new Label("回访结果", "Outcome"),
                        v.lastResult() == null
                                ? ""
                                : text("visitState." + v.state().name()))
                .text(new Label("告知顾客", "Told the customer"), script)
                .text(new Label("顾客意见", "What the customer said"), remarks)
                .wide(new Label("生成投诉", "Complaint opened"), nz(v.complaintNumber()))
                .signature(
                        new Label("回访人", "Called by"),
                        null,
                        nz(people.apply(v.visitedBy())),
                        v.visitedAt() == null ? "" : format.date(LocalDate.ofInstant(v.visitedAt(), zone)))
                .footer("顾客回访记录表 · 问题由售后服务科分析整理并反馈责任部门 · Problems go to the responsible department")
                .build()
                .render();
    }

    private static String text(String key, Object... args) {
        return Messages.get(Messages.CHINESE, key, args);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
