package org.aftersales.domain.parts;

/** P2–P6: the kinds of stock ledger line, and which way each moves the stock. */
public enum MovementType {
    RECEIPT(1),
    ISSUE(-1),
    TRANSFER_OUT(-1),
    TRANSFER_IN(1),
    RETURN_DEFECTIVE(1),
    /** P5: sold over the counter on a parts sales card (零配件销货卡). */
    SALE(-1),
    /** P6: an approved stock-take found more than the books. */
    ADJUSTMENT_GAIN(1),
    /** P6: an approved stock-take found less than the books. */
    ADJUSTMENT_LOSS(-1);

    private final int sign;

    MovementType(int sign) {
        this.sign = sign;
    }

    /** +1 when the movement adds to the stock, −1 when it takes from it. */
    public int sign() {
        return sign;
    }
}
