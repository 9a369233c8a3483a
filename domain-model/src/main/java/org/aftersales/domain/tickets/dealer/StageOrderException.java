package org.aftersales.domain.tickets.dealer;

/**
 * T7: a stage recorded out of turn (a judgement before the receiving check, a second decision …).
 * Nothing has changed; the caller answers with a conflict.
 */
public class StageOrderException extends IllegalStateException {

    private static final long serialVersionUID = 1L;
    private final String number;
    private final DealerReturnStage stage;
    private final DealerReturnStage attempted;

    public StageOrderException(String number, DealerReturnStage stage, DealerReturnStage attempted) {
        super("Dealer return " + number + " is " + stage + ": cannot record " + attempted);
        this.number = number;
        this.stage = stage;
        this.attempted = attempted;
    }

    public String number() {
        return number;
    }

    public DealerReturnStage stage() {
        return stage;
    }

    public DealerReturnStage attempted() {
        return attempted;
    }
}
