package org.aftersales.quality.boundary;

/** The domain events the quality context publishes on the events topic, and those it follows. */
public final class QualityEvents {

    /** Q1: a complaint's promised reply is near (within quality.reply-due-soon-minutes): number, replyBy, owner. */
    public static final String REPLY_NEAR = "ComplaintReplyNear";
    /** Q1: a complaint's promised reply time passed without a reply. */
    public static final String REPLY_MISSED = "ComplaintReplyMissed";
    /** Followed (Q4): the customers context's hand-over put a delivered product in the archive. */
    public static final String PRODUCT_DELIVERED = "ProductDelivered";

    private QualityEvents() {}
}
