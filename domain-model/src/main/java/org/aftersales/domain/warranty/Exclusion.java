package org.aftersales.domain.warranty;

/** W4: why a fault is not covered, recorded per claim. */
public enum Exclusion {
    /** 使用不当 misuse. */
    MISUSE,
    /** 疏忽 negligence. */
    NEGLIGENCE,
    /** 保养不当 improper maintenance. */
    IMPROPER_MAINTENANCE,
    /** 外壳自然磨损 natural wear of the casing. */
    CASING_WEAR,
    /** 腐蚀性气体、钙化、灰尘过多或高温环境 corrosive gas, calcification, dust or heat at the site. */
    SITE_CONDITIONS,
    /** 不可抗力 force majeure. */
    FORCE_MAJEURE,
    /** 电压异常或布线不合规范 abnormal supply voltage or wiring not to code. */
    ABNORMAL_SUPPLY,
    /** 非指定人员拆修、改装 disassembly, modification or repair by anyone not designated. */
    UNAUTHORISED_REPAIR
}
