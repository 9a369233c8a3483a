package org.aftersales.domain.parts;

/** P2, P3, P4, P6: the kinds of stock ledger line, and which way each moves the stock. */
public enum MovementType {
    RECEIPT(1), ISSUE(-1), TRANSFER_OUT(-1), TRANSFER_IN(1), RETURN_DEFECTIVE(1), ADJUSTMENT(1);

    private final int sign;

    MovementType(int sign) {
        this.sign = sign;
    }

    /** +1 when the movement adds to the stock, −1 when it takes from it (an ADJUSTMENT carries its own sign). */
    public int sign() {
        return sign;
    }
}
