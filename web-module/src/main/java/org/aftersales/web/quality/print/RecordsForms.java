package org.aftersales.web.quality.print;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.aftersales.quality.boundary.RecordsViews.AttendanceView;
import org.aftersales.quality.boundary.RecordsViews.InfoFormView;
import org.aftersales.quality.boundary.RecordsViews.SessionView;
import org.aftersales.web.shared.i18n.EnumLabels;
import org.aftersales.web.shared.i18n.Messages;
import org.aftersales.web.shared.print.PaperForm;
import org.aftersales.web.shared.print.PaperForm.Column;
import org.aftersales.web.shared.print.PaperForm.Label;
import org.aftersales.web.shared.print.PrintFormat;

/**
 * The paper of the information form (售后信息处理单: the problem, the department it went to with the
 * deadline, the department's answer, the customer's satisfaction, who did each step and when) and of
 * a training session's sign-in sheet (培训签到表: one line per attendee with a column to sign).
 */
public final class RecordsForms {

    private RecordsForms() {}

    public static byte[] infoForm(InfoFormView f, String company, ZoneId zone, UnaryOperator<String> people) {
        PrintFormat format = PrintFormat.in(zone);
        var zh = Messages.CHINESE;
        String number = String.valueOf(f.id());
        List<List<String>> steps = new ArrayList<>();
        steps.add(step("接收", people, f.receivedBy(), format.time(f.receivedAt())));
        steps.add(step("填写处理单", people, f.filledBy(), format.time(f.filledAt())));
        steps.add(step("反馈到部门", people, f.routedBy(), format.time(f.routedAt())));
        steps.add(step("部门解决并反馈", people, f.answeredBy(), format.time(f.answeredAt())));
        steps.add(step("满意度调查", people, f.surveyedBy(), format.time(f.surveyedAt())));
        steps.add(step("归档", people, f.archivedBy(), format.time(f.archivedAt())));
        return PaperForm.builder(new Label("售后信息处理单", "After-sales Information Form"))
                .company(company)
                .number(number)
                .pair(
                        new Label("来源", "Source"),
                        EnumLabels.label(zh, f.source()) + (f.sourceRef() == null ? "" : " " + f.sourceRef()),
                        new Label("状态", "State"),
                        EnumLabels.label(zh, f.state()))
                .pair(
                        new Label("产品编号", "Serial"),
                        nz(f.serialNumber()),
                        new Label("客户编号", "Customer"),
                        f.customerId() == null ? "" : String.valueOf(f.customerId()))
                .text(new Label("问题描述", "Problem"), f.problem())
                .text(new Label("处理单内容", "Details"), nz(f.details()))
                .pair(
                        new Label("责任部门", "Department"),
                        nz(f.departmentName()),
                        new Label("答复期限", "Answer by"),
                        format.date(f.deadline()))
                .text(new Label("部门解决情况及反馈", "The department's answer"), nz(f.answer()))
                .pair(
                        new Label("客户满意度", "Satisfaction"),
                        f.satisfaction() == null ? "" : EnumLabels.label(zh, f.satisfaction()),
                        new Label("调查说明", "Survey note"),
                        nz(f.surveyNote()))
                .part(new Label("流程", "Flow"))
                .table(
                        List.of(
                                Column.text(new Label("环节", "Step"), 2f),
                                Column.text(new Label("经办人", "By"), 2f),
                                Column.text(new Label("时间", "Time"), 2f),
                                Column.text(new Label("签字", "Signature"), 2f)),
                        steps)
                .footer("aftersales · " + number)
                .build()
                .render();
    }

    public static byte[] signInSheet(SessionView s, String company, ZoneId zone) {
        PrintFormat format = PrintFormat.in(zone);
        List<List<String>> rows = new ArrayList<>();
        int n = 1;
        for (AttendanceView a : s.attendance()) {
            rows.add(List.of(String.valueOf(n++), a.name(), nz(a.department()), format.time(a.signedAt()), ""));
        }
        for (int blank = 0; blank < 5; blank++) { // lines for late-comers to sign by hand
            rows.add(List.of(String.valueOf(n++), "", "", "", ""));
        }
        return PaperForm.builder(new Label("培训签到表", "Training Sign-in Sheet"))
                .company(company)
                .number("PX-" + s.id())
                .pair(new Label("培训主题", "Topic"), s.topic(), new Label("日期", "Date"), format.date(s.heldOn()))
                .pair(new Label("地点", "Place"), nz(s.place()), new Label("讲师", "Trainer"), nz(s.trainer()))
                .text(new Label("培训内容", "Content"), nz(s.content()))
                .table(
                        List.of(
                                Column.text(new Label("序号", "No."), 0.8f),
                                Column.text(new Label("姓名", "Name"), 2f),
                                Column.text(new Label("部门", "Department"), 2f),
                                Column.text(new Label("签到时间", "Signed in"), 2f),
                                Column.text(new Label("签字", "Signature"), 2f)),
                        rows)
                .footer("aftersales · PX-" + s.id())
                .build()
                .render();
    }

    private static List<String> step(String name, UnaryOperator<String> people, String by, String at) {
        return List.of(name, by == null ? "" : people.apply(by), at == null ? "" : at, "");
    }

    private static String nz(String text) {
        return text == null ? "" : text;
    }
}
