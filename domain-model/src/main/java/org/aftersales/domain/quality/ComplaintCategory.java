package org.aftersales.domain.quality;

/** Q1, 8.1.2 投诉分类: what the complaint is about. */
public enum ComplaintCategory {
    PRODUCT_QUALITY,
    SERVICE_ATTITUDE,
    TIMELINESS,
    CHARGES,
    PARTS,
    OTHER
}
