package org.aftersales.parts.boundary;

/** The events the parts context publishes on the events topic. */
public final class StockEvents {

    /** P6: a stock level fell below its minimum; data: servicePoint, partNumber, onHand, minimum. */
    public static final String BELOW_MINIMUM = "StockBelowMinimum";

    private StockEvents() {}
}
