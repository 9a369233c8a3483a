package org.aftersales.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PaymentSlipTest {

    private static final Instant AT = Instant.parse("2026-12-03T10:00:00Z");

    static final class Cash implements CashItem {
        final BigDecimal amount;
        String slip;

        Cash(String amount, String slip) {
            this.amount = new BigDecimal(amount);
            this.slip = slip;
        }

        @Override
        public BigDecimal cashAmount() {
            return amount;
        }

        @Override
        public boolean settled() {
            return slip != null;
        }

        @Override
        public void settle(String slipNumber) {
            slip = slipNumber;
        }
    }

    static final class Slip extends PaymentSlip {
        Slip(Totals t, String unit) {
            super("YX-JK-26-12-01", unit, t.count(), t.total(), "ji.shu", "财务收款员", AT);
        }
    }

    @Test
    void aSlipCoversEveryItemNotYetHandedInOnce() {
        Cash a = new Cash("100.00", null);
        Cash b = new Cash("80.50", null);
        Cash old = new Cash("999.00", "YX-JK-26-11-07");
        Slip s = PaymentSlip.settle(List.of(a, old, b), "YX", "error.nothingToHandIn", Slip::new);
        assertEquals(2, s.getItemCount());
        assertEquals(new BigDecimal("180.50"), s.getTotal());
        assertEquals("YX-JK-26-12-01", a.slip);
        assertEquals("YX-JK-26-12-01", b.slip);
        assertEquals("YX-JK-26-11-07", old.slip);
        ConflictException none = assertThrows(
                ConflictException.class,
                () -> PaymentSlip.settle(List.of(a, b), "YX", "error.nothingToHandIn", Slip::new));
        assertEquals("error.nothingToHandIn", none.messageKey());
    }

    @Test
    void theCashierSettlesOnceAndNeverWhoPaidIn() {
        Slip s = PaymentSlip.settle(List.of(new Cash("1.00", null)), "YX", "k", Slip::new);
        assertThrows(ConflictException.class, () -> s.received("ji.shu", AT));
        s.received("cai.wu", AT);
        assertEquals("cai.wu", s.getReceivedBy());
        assertThrows(ConflictException.class, () -> s.received("cai.wu2", AT));
    }

    @Test
    void theCashierRecordsTheCashCountedAndTheSlipShowsWhatIsOverOrShort() { // 10.3 长短款
        Slip short_ = PaymentSlip.settle(List.of(new Cash("180.50", null)), "YX", "k", Slip::new);
        assertEquals(null, short_.getOverShort(), "not received yet");
        assertThrows(RuleViolationException.class, () -> short_.received("cai.wu", AT, new BigDecimal("-1.00")));
        short_.received("cai.wu", AT, new BigDecimal("160.5"));
        assertEquals(new BigDecimal("160.50"), short_.getCounted());
        assertEquals(new BigDecimal("-20.00"), short_.getOverShort(), "short: negative");

        Slip over = PaymentSlip.settle(List.of(new Cash("10.00", null)), "YX", "k", Slip::new);
        over.received("cai.wu", AT, new BigDecimal("10.30"));
        assertEquals(new BigDecimal("0.30"), over.getOverShort(), "over: positive");

        Slip exact = PaymentSlip.settle(List.of(new Cash("10.00", null)), "YX", "k", Slip::new);
        exact.received("cai.wu", AT);
        assertEquals(new BigDecimal("10.00"), exact.getCounted(), "no count given: the total");
        assertEquals(new BigDecimal("0.00"), exact.getOverShort());
    }
}
