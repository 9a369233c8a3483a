package org.aftersales.domain.quality;

/**
 * 售后信息处理单 (Q3, Q4, 售后服务管理程序): 接收 → 填写 → 反馈到部门 → 部门解决并反馈 → 满意度调查 → 归档;
 * ARCHIVED is final.
 */
public enum InfoFormState {
    RECEIVED,
    FILLED,
    ROUTED,
    ANSWERED,
    SURVEYED,
    ARCHIVED
}
