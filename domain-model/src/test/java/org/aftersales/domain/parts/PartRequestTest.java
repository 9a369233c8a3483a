package org.aftersales.domain.parts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.aftersales.domain.shared.ConflictException;
import org.junit.jupiter.api.Test;

class PartRequestTest {

    private static final Instant NOW = Instant.parse("2026-11-27T04:00:00Z");

    private static PartRequest request() {
        return new PartRequest("YX-26-11-01", "BJ", "tech", NOW, "压缩机坏")
                .line("YSJ-001", 2)
                .line("DR-035", 1);
    }

    @Test
    void isIssuedFromRequestedOrApprovedWithTheSlipAndTheRequestedQuantities() { // P4
        PartRequest r = request();
        assertEquals(PartRequestStatus.REQUESTED, r.getStatus());
        r.approve("keeper", NOW);
        r.issued("YX-26-11-07", "keeper", NOW);
        assertEquals(PartRequestStatus.ISSUED, r.getStatus());
        assertEquals("YX-26-11-07", r.getSlipNumber());
        assertEquals(2, r.getLines().get(0).getIssued());
        assertEquals(1, r.getLines().get(1).getIssued());
        PartRequest direct = request();
        direct.issued("YX-26-11-08", "keeper", NOW);
        assertEquals(PartRequestStatus.ISSUED, direct.getStatus());
    }

    @Test
    void aRequestToBuyIsIssuedOnceThePartsArrive() { // P4
        PartRequest r = request();
        r.toBuy(List.of("YSJ-001"), "keeper", NOW);
        assertEquals(PartRequestStatus.TO_BUY, r.getStatus());
        assertTrue(r.getLines().get(0).isToBuy());
        assertEquals(false, r.getLines().get(1).isToBuy());
        r.issued("YX-26-11-09", "keeper", NOW);
        assertEquals(PartRequestStatus.ISSUED, r.getStatus());
        assertEquals(false, r.getLines().get(0).isToBuy());
    }

    @Test
    void aRejectionNeedsAReasonAndEndsTheRequest() { // P4
        PartRequest r = request();
        assertThrows(IllegalArgumentException.class, () -> r.reject(" ", "keeper", NOW));
        r.reject("型号不符", "keeper", NOW);
        assertEquals(PartRequestStatus.REJECTED, r.getStatus());
        assertEquals("型号不符", r.getRejectReason());
        assertThrows(ConflictException.class, () -> r.issued("X", "keeper", NOW));
        assertThrows(ConflictException.class, () -> r.approve("keeper", NOW));
        assertThrows(ConflictException.class, () -> r.toBuy(List.of(), "keeper", NOW));
    }

    @Test
    void anIssuedRequestIsNotDecidedAgain() { // P4
        PartRequest r = request();
        r.issued("YX-26-11-10", "keeper", NOW);
        assertThrows(ConflictException.class, () -> r.issued("YX-26-11-11", "keeper", NOW));
        assertThrows(ConflictException.class, () -> r.reject("迟了", "keeper", NOW));
        assertThrows(ConflictException.class, () -> r.toBuy(List.of(), "keeper", NOW));
    }

    @Test
    void usageIsRecordedOnlyAfterTheIssueWithinTheIssuedQuantity() { // P4
        PartRequest r = request();
        assertThrows(ConflictException.class, () -> r.usage("YSJ-001", 1, 0, null));
        r.issued("YX-26-11-12", "keeper", NOW);
        assertThrows(IllegalArgumentException.class, () -> r.usage("YSJ-001", 3, 0, null));
        assertThrows(IllegalArgumentException.class, () -> r.usage("YSJ-001", 1, 2, DefectiveDisposition.SCRAPPED));
        assertThrows(IllegalArgumentException.class, () -> r.usage("YSJ-001", 1, 1, null));
        assertThrows(IllegalArgumentException.class, () -> r.usage("NOPE", 1, 0, null));
        r.usage("YSJ-001", 1, 1, DefectiveDisposition.RETURNED_TO_SUPPLIER);
        PartRequestLine line = r.getLines().get(0);
        assertEquals(1, line.getUsed());
        assertEquals(1, line.getDefectiveReturned());
        assertEquals(DefectiveDisposition.RETURNED_TO_SUPPLIER, line.getDisposition());
        r.usage("DR-035", 1, 0, DefectiveDisposition.SCRAPPED);
        assertNull(r.getLines().get(1).getDisposition(), "no defective part, no disposition");
    }

    @Test
    void aLineAsksForAPositiveQuantity() { // P4
        assertThrows(IllegalArgumentException.class, () -> request().line("X", 0));
    }
}
