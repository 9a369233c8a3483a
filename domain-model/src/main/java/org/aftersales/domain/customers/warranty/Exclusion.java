package org.aftersales.domain.customers.warranty;

/**
 * W4: why a fault is not covered, recorded per claim and passed to {@link EntitlementRule} by name.
 * W4's last item, "warranty expired", is not a code here: it follows from
 * {@link WarrantyStatus#EXPIRED}.
 */
public enum Exclusion {
    /** 使用不当 — misuse. */
    MISUSE,
    /** 疏忽 — negligence. */
    NEGLIGENCE,
    /** 保养不当 — improper maintenance. */
    IMPROPER_MAINTENANCE,
    /** 外壳自然磨损 — natural wear of the casing. */
    CASING_WEAR,
    /** 现场有腐蚀性气体、钙化、灰尘过多或高温 — corrosive gas, calcification, heavy dust or high temperature at the site. */
    SITE_CONDITIONS,
    /** 不可抗力 — force majeure. */
    FORCE_MAJEURE,
    /** 电源电压异常或布线不符合规范 — abnormal supply voltage or wiring not to code. */
    ABNORMAL_SUPPLY,
    /** 非厂家指定人员拆卸、改装或维修 — disassembly, modification or repair by anyone not designated by the manufacturer. */
    UNAUTHORISED_REPAIR
}
