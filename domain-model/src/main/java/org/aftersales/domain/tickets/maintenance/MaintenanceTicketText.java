package org.aftersales.domain.tickets.maintenance;

import java.time.LocalDate;
import java.util.List;
import org.aftersales.domain.accounts.Qualification;

/**
 * M1, M2: the description of a maintenance ticket (in Chinese, as the service department writes its
 * forms): the level and due date with the reason, then each work item with who may do it.
 */
public final class MaintenanceTicketText {

    /** The ticket's description column holds at most this many characters. */
    public static final int MAX = 2000;

    private MaintenanceTicketText() {}

    public static String describe(
            long planId,
            MaintenanceLevel level,
            LocalDate dueDate,
            DueReason reason,
            List<WorkItem> items,
            String notes) {
        StringBuilder text = new StringBuilder();
        text.append("预防性保养：")
                .append(level.chineseName())
                .append("，到期日 ")
                .append(dueDate)
                .append(reason == DueReason.HOURS ? "（按运行小时到期）" : "（按日历到期）")
                .append("，保养计划 #")
                .append(planId)
                .append("。\n保养项目：");
        int n = 1;
        for (WorkItem item : items) {
            text.append('\n')
                    .append(n++)
                    .append(". ")
                    .append(item.getType().chineseName())
                    .append("（")
                    .append(item.getType()
                            .qualification()
                            .map(MaintenanceTicketText::qualification)
                            .orElse("操作人员即可"))
                    .append("）");
            if (item.getDescription() != null) {
                text.append("：").append(item.getDescription());
            }
        }
        if (notes != null && !notes.isBlank()) {
            text.append("\n保养建议：").append(notes.strip());
        }
        return text.length() <= MAX ? text.toString() : text.substring(0, MAX - 1) + "…";
    }

    /** M2: the certificate in the words of the forms. */
    public static String qualification(Qualification q) {
        return switch (q) {
            case ELECTRICIAN -> "持证电工";
            case PRESSURE_VESSEL -> "压力容器持证人员";
            case INSPECTOR -> "持证检验员";
            case MECHANIC -> "机修工";
        };
    }
}
