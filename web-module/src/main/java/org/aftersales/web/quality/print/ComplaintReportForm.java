package org.aftersales.web.quality.print;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.aftersales.customers.boundary.CustomerViews.CustomerView;
import org.aftersales.domain.quality.ComplaintCategory;
import org.aftersales.domain.quality.ComplaintChannel;
import org.aftersales.domain.quality.ComplaintEventType;
import org.aftersales.domain.quality.ComplaintSeverity;
import org.aftersales.domain.quality.ReplyMethod;
import org.aftersales.quality.boundary.QualityViews.ComplaintEventView;
import org.aftersales.quality.boundary.QualityViews.ComplaintView;
import org.aftersales.web.shared.i18n.Messages;
import org.aftersales.web.shared.print.PaperForm;
import org.aftersales.web.shared.print.PaperForm.Column;
import org.aftersales.web.shared.print.PaperForm.Label;
import org.aftersales.web.shared.print.PrintFormat;

/**
 * Q1, Q2: 客户投诉处理报告单 as the paper — the complaint as taken (channel, customer, content, the reply
 * promised), its classification and grade, the investigation (owner, department), the solution, the
 * reply (how, what, the customer's reaction) and the archive, with every step of its history. Every
 * choice of the paper is printed with its box, the chosen one filled (■).
 */
public final class ComplaintReportForm {

    private static final String CHOSEN = "■ ";
    private static final String OPEN = "□ ";

    private ComplaintReportForm() {}

    public static byte[] pdf(
            ComplaintView c, CustomerView customer, String company, ZoneId zone, UnaryOperator<String> people) {
        PrintFormat format = PrintFormat.in(zone);
        List<List<String>> history = new ArrayList<>();
        for (ComplaintEventView e : c.events()) {
            history.add(List.of(
                    format.time(e.at()),
                    text("complaintEvent." + e.type().name()),
                    "customer".equals(e.by()) ? text("complaint.byCustomer") : nz(people.apply(e.by())),
                    nz(e.note())));
        }
        return PaperForm.builder(new Label("客户投诉处理报告单", "Customer Complaint Report"))
                .company(company)
                .number(c.number())
                .part(new Label("投诉受理", "Complaint taken"))
                .pair(
                        new Label("顾客名称", "Customer"),
                        customer == null ? "" : customer.name(),
                        new Label("电话", "Phone"),
                        customer == null ? "" : nz(customer.phone()))
                .pair(
                        new Label("受理时间", "Taken"),
                        format.time(c.acceptedAt()),
                        new Label("受理人", "Taken by"),
                        "customer".equals(c.acceptedBy())
                                ? text("complaint.byCustomer")
                                : nz(people.apply(c.acceptedBy())))
                .wide(
                        new Label("投诉方式", "Channel"),
                        choices(ComplaintChannel.values(), c.channel(), "complaintChannel."))
                .pair(
                        new Label("出厂编码", "Serial number"),
                        c.serialNumber(),
                        new Label("关联叫修单", "Ticket"),
                        c.ticketNumber())
                .pair(
                        new Label("维修人员", "Technician"),
                        c.technician() == null ? "" : nz(people.apply(c.technician())),
                        new Label("承诺答复时间", "Reply promised by"),
                        format.time(c.replyBy()))
                .text(new Label("投诉内容", "Complaint"), c.description())
                .part(new Label("分类与调查", "Classification and investigation"))
                .wide(
                        new Label("投诉类别", "Category"),
                        choices(ComplaintCategory.values(), c.category(), "complaintCategory."))
                .wide(
                        new Label("投诉等级", "Grade"),
                        choices(ComplaintSeverity.values(), c.severity(), "complaintSeverity."))
                .pair(
                        new Label("调查负责人", "Owner"),
                        c.owner() == null ? "" : nz(people.apply(c.owner())),
                        new Label("责任部门", "Department"),
                        c.department())
                .text(
                        new Label("调查与处理结果", "Findings and solution"),
                        notes(c, ComplaintEventType.INVESTIGATING, ComplaintEventType.SOLVED))
                .part(new Label("答复客户", "Reply to the customer"))
                .wide(new Label("答复方式", "Replied by"), choices(ReplyMethod.values(), c.replyMethod(), "replyMethod."))
                .text(new Label("答复内容", "What was replied"), notes(c, ComplaintEventType.REPLY_SUBMITTED))
                .text(new Label("客户反应", "Customer's reaction"), c.customerReaction())
                .pair(
                        new Label("答复时间", "Replied"),
                        format.time(c.repliedAt()),
                        new Label("归档时间", "Archived"),
                        format.time(c.archivedAt()))
                .part(new Label("处理记录", "History"))
                .table(
                        List.of(
                                Column.text(new Label("时间", "When"), 3f),
                                Column.text(new Label("步骤", "Step"), 3f),
                                Column.text(new Label("经办人", "By"), 2.5f),
                                Column.text(new Label("说明", "Note"), 8f)),
                        history)
                .signature(
                        new Label("质量部", "Quality"),
                        null,
                        c.owner() == null ? "" : nz(people.apply(c.owner())),
                        c.archivedAt() == null ? "" : format.date(LocalDate.ofInstant(c.archivedAt(), zone)))
                .footer("客户投诉处理报告单 · 售后服务部存档 · Kept by after-sales")
                .build()
                .render();
    }

    /** The notes of the steps of {@code types}, in order, one per line. */
    private static String notes(ComplaintView c, ComplaintEventType... types) {
        List<String> lines = new ArrayList<>();
        for (ComplaintEventView e : c.events()) {
            for (ComplaintEventType t : types) {
                if (e.type() == t && e.note() != null && !e.note().isBlank()) {
                    lines.add(e.note());
                }
            }
        }
        return String.join("\n", lines);
    }

    static <E extends Enum<E>> String choices(E[] all, E chosen, String prefix) {
        List<String> boxes = new ArrayList<>();
        for (E value : all) {
            boxes.add((value == chosen ? CHOSEN : OPEN) + text(prefix + value.name()));
        }
        return String.join("    ", boxes);
    }

    private static String text(String key, Object... args) {
        return Messages.get(Messages.CHINESE, key, args);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
