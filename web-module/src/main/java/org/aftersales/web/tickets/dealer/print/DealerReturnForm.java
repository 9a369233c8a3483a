package org.aftersales.web.tickets.dealer.print;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.aftersales.domain.tickets.dealer.Appearance;
import org.aftersales.domain.tickets.dealer.Arrival;
import org.aftersales.domain.tickets.dealer.Disposition;
import org.aftersales.domain.tickets.dealer.FunctionCheck;
import org.aftersales.domain.tickets.dealer.Handling;
import org.aftersales.domain.tickets.dealer.Judgement;
import org.aftersales.domain.tickets.dealer.WantedHandling;
import org.aftersales.tickets.dealer.boundary.DealerReturnViews.DealerReturnView;
import org.aftersales.web.shared.i18n.Messages;
import org.aftersales.web.shared.print.PaperForm;
import org.aftersales.web.shared.print.PaperForm.Label;
import org.aftersales.web.shared.print.PrintFormat;

/**
 * T7 dealer return form (产品售后管理表), laid out like the paper: items 1–8 filled in by the dealer,
 * 9–10 by after-sales on receipt, 11–13 the handling; every choice of the paper printed with a box,
 * the chosen one filled (■). Two copies: the dealer's and after-sales'. The choices' texts come from
 * the Chinese bundle, as on the screen.
 */
public final class DealerReturnForm {

    private static final String CHOSEN = "■ ";
    private static final String OPEN = "□ ";

    private DealerReturnForm() {}

    /** The form of {@code r}; {@code turnarounds}: the days the dealer could choose from (the setting). */
    public static byte[] pdf(DealerReturnView r, Collection<Integer> turnarounds, String company, ZoneId zone) {
        return pdf(r, turnarounds, company, zone, UnaryOperator.identity());
    }

    /** The form; {@code people} gives a colleague's name for their login (issue 10.17). */
    public static byte[] pdf(
            DealerReturnView r,
            Collection<Integer> turnarounds,
            String company,
            ZoneId zone,
            UnaryOperator<String> people) {
        PrintFormat format = PrintFormat.in(zone);
        SortedSet<Integer> days = new TreeSet<>(turnarounds);
        days.add(r.turnaroundDays());
        String arrival = choices(Arrival.values(), r.arrival(), "dealerReturn.arrival.");
        if (r.arrival() == Arrival.COURIER) {
            arrival += "，" + text("dealerReturn.trackingNumber") + "：" + nz(r.trackingNumber())
                    + (r.courierCompany() == null ? "" : "（" + r.courierCompany() + "）");
        }
        String function = choices(FunctionCheck.values(), r.function(), "dealerReturn.function.");
        if (r.functionNote() != null) {
            function += "：" + r.functionNote();
        }
        List<String> turnaround = new ArrayList<>();
        for (int d : days) {
            turnaround.add((d == r.turnaroundDays() ? CHOSEN : OPEN) + text("dealerReturn.days", d));
        }
        String due = format.date(r.dueDate()) + (r.overdue() ? "  " + text("dealerReturn.overdue") : "");
        return PaperForm.builder(new Label("产品售后管理表", "Dealer Return Form"))
                .company(company)
                .number(r.number())
                .copies("第一联 经销商", "第二联 售后服务") // T7: the dealer's copy, after-sales'
                .part(new Label("经销商填写", "Filled in by the dealer"))
                .pair(
                        new Label("1 经销商名称", "Dealer"),
                        r.dealerName(),
                        new Label("2 反馈日期", "Feedback date"),
                        format.date(r.feedbackDate()))
                .pair(
                        new Label("3 机器型号和颜色", "Model and colour"),
                        join(r.model(), r.colour()),
                        new Label("出厂编码", "Serial number"),
                        r.serialNumber())
                .pair(
                        new Label("4 顾客购买日期", "Customer's purchase date"),
                        format.date(r.purchaseDate()),
                        new Label("关联叫修单", "Ticket"),
                        r.ticketNumber())
                .text(new Label("5 顾客反馈问题描述", "Problem reported by the customer"), r.problem())
                .wide(new Label("6 送达售后点方式", "How the unit arrives"), arrival)
                .wide(
                        new Label("7 经销商期望售后方式", "Handling the dealer wants"),
                        choices(WantedHandling.values(), r.wantedHandling(), "dealerReturn.wantedHandling."))
                .wide(new Label("8 接受售后完成周期", "Accepted turnaround"), String.join("    ", turnaround))
                .part(new Label("售后接收填写", "Filled in by after-sales on receipt"))
                .pair(new Label("接收时间", "Received"), format.time(r.receivedAt()), new Label("应完成日期", "Due"), due)
                .wide(
                        new Label("9 核对产品外观状况", "Appearance"),
                        choices(Appearance.values(), r.appearance(), "dealerReturn.appearance."))
                .wide(new Label("10 检查机器功能", "Function"), function)
                .pair(new Label("附件", "Accessories"), r.accessories(), new Label("备注", "Note"), r.receivingNote())
                .part(new Label("处理方案", "Handling"))
                .wide(
                        new Label("11 机器问题判断", "Judgement"),
                        choices(Judgement.values(), r.judgement(), "dealerReturn.judgement."))
                .wide(
                        new Label("12 售后处理方案", "Handling decided"),
                        choices(Handling.values(), r.handling(), "dealerReturn.handling."))
                .wide(
                        new Label("13 对此售后机处理", "The returned unit"),
                        choices(Disposition.values(), r.disposition(), "dealerReturn.disposition."))
                .pair(
                        new Label("判断时间", "Judged"),
                        format.time(r.judgedAt()),
                        new Label("决定时间", "Decided"),
                        format.time(r.decidedAt()))
                .pair(
                        new Label("结案时间", "Closed"),
                        format.time(r.closedAt()),
                        new Label("经办人", "Closed by"),
                        people.apply(r.closedBy()))
                .signature(
                        new Label("售后接收", "Received by after-sales"),
                        null,
                        nz(people.apply(r.receivedBy())),
                        r.receivedAt() == null ? "" : format.date(LocalDate.ofInstant(r.receivedAt(), zone)))
                .footer("经销商与售后服务部各执一联 · One copy for the dealer, one for after-sales")
                .build()
                .render();
    }

    /** Every choice of the paper with its box, the chosen one filled. */
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

    private static String join(String a, String b) {
        return b == null ? nz(a) : nz(a) + " · " + b;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
