package org.aftersales.domain.parts;

/** P6: taking more than is on hand; the stock is unchanged. */
public class InsufficientStockException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final String partNumber;
    private final int onHand;
    private final int wanted;

    public InsufficientStockException(String partNumber, int onHand, int wanted) {
        super("Part " + partNumber + ": " + wanted + " wanted, " + onHand + " on hand");
        this.partNumber = partNumber;
        this.onHand = onHand;
        this.wanted = wanted;
    }

    public String partNumber() {
        return partNumber;
    }

    public int onHand() {
        return onHand;
    }

    public int wanted() {
        return wanted;
    }
}
