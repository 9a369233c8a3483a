package org.aftersales.domain.parts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** P5: the parts sales card (零配件销货卡) — amounts, total, margin — and its settlement on one payment slip. */
class PartSaleTest {

    private static final Instant T = Instant.parse("2026-11-27T02:00:00Z");

    private static PartSale sale() {
        return new PartSale(
                "YX261105", "BJ", "张三", "13800000000", null, PaymentMethod.CASH, "收款员甲", "counter", T, null);
    }

    @ParameterizedTest(name = "{0} × {1} = {2}; margin at cost {3}: {4}")
    @CsvSource({
        "1, 120.00, 120.00, 80.0000, 40.00",
        "3, 19.99,  59.97,  10.0050, 29.95",
        "2, 0.005,  0.02,   0.0000,  0.02",
        "10, 7.5,   75.00,  7.5000,  0.00",
    })
    void lineAmountIsQuantityTimesPrice(int qty, String price, String amount, String cost, String margin) {
        PartSaleLine line = sale().line("YSJ-001", "压缩机", "台", qty, new BigDecimal(price), new BigDecimal(cost));
        assertEquals(new BigDecimal(amount), line.getAmount());
        assertEquals(new BigDecimal(margin), line.margin());
    }

    @Test
    void totalIsTheSumOfTheLines() {
        PartSale sale = sale();
        sale.line("YSJ-001", "压缩机", "台", 1, new BigDecimal("1200.00"), BigDecimal.ONE);
        sale.line("FS-002", "风扇电机", "个", 3, new BigDecimal("85.50"), BigDecimal.ONE);
        assertEquals(new BigDecimal("1456.50"), sale.getTotal());
        assertEquals(2, sale.getLines().size());
        assertEquals(2, sale.getLines().get(1).getLineNo());
    }

    @ParameterizedTest(name = "qty {0}, price {1} refused")
    @CsvSource({"0, 1.00", "-1, 1.00", "1, -0.01"})
    void badLinesAreRefused(int qty, String price) {
        PartSale sale = sale();
        assertThrows(
                IllegalArgumentException.class,
                () -> sale.line("YSJ-001", "压缩机", "台", qty, new BigDecimal(price), BigDecimal.ONE));
        assertEquals(new BigDecimal("0.00"), sale.getTotal());
    }

    @Test
    void aSaleIsSettledOnOnePaymentSlipOnly() {
        PartSale sale = sale();
        sale.settle("YX261106");
        assertTrue(sale.settled());
        assertThrows(IllegalStateException.class, () -> sale.settle("YX261107"));
        assertEquals("YX261106", sale.getSettlementNumber());
    }

    @Test
    void theFinanceOfficeReceivesAPaymentSlipOnce() {
        SalesSettlement slip =
                new SalesSettlement("YX261106", "BJ", 2, new BigDecimal("1456.5"), "counter", "财务收款员", T);
        assertEquals(new BigDecimal("1456.50"), slip.getTotal());
        slip.received("finance", T);
        assertEquals(
                "error.settlementReceived",
                assertThrows(org.aftersales.domain.shared.ConflictException.class, () -> slip.received("finance", T))
                        .messageKey());
        assertThrows(
                IllegalArgumentException.class,
                () -> new SalesSettlement("YX261107", "BJ", 0, BigDecimal.ZERO, "counter", "x", T));
    }

    @Test
    void whoPaidTheMoneyInNeverConfirmsItsReceipt() {
        // issue 10.6: four eyes on cash, like the stock-take's approval
        SalesSettlement slip = new SalesSettlement("YX261108", "BJ", 1, new BigDecimal("10"), "counter", "finance", T);
        assertEquals(
                "error.settlementSamePerson",
                assertThrows(org.aftersales.domain.shared.ConflictException.class, () -> slip.received("counter", T))
                        .messageKey());
        assertEquals(null, slip.getReceivedBy(), "nothing changed");
        slip.received("finance", T);
        assertEquals("finance", slip.getReceivedBy());
    }
}
