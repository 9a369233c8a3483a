package org.aftersales.domain.quality;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * 售后信息处理单 (售后服务管理程序's flow, Q3/Q4's "problems go to the responsible department"): the one
 * path 接收 → 填写 → 反馈到部门 → 部门解决并反馈 → 满意度调查 → 归档; any other step is illegal.
 */
public final class InfoFormFlow {

    private static final Map<InfoFormState, InfoFormState> NEXT = Map.of(
            InfoFormState.RECEIVED, InfoFormState.FILLED,
            InfoFormState.FILLED, InfoFormState.ROUTED,
            InfoFormState.ROUTED, InfoFormState.ANSWERED,
            InfoFormState.ANSWERED, InfoFormState.SURVEYED,
            InfoFormState.SURVEYED, InfoFormState.ARCHIVED);

    private InfoFormFlow() {}

    public static Optional<InfoFormState> next(InfoFormState from) {
        return Optional.ofNullable(NEXT.get(from));
    }

    public static boolean allowed(InfoFormState from, InfoFormState to) {
        return to != null && next(from).filter(to::equals).isPresent();
    }

    /** The department's answer is overdue: routed, not answered, and the deadline day has passed. */
    public static boolean answerOverdue(InfoFormState state, LocalDate deadline, LocalDate today) {
        return state == InfoFormState.ROUTED && deadline != null && today.isAfter(deadline);
    }
}
