package org.aftersales.web.tickets.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 15.3: the ticket list's count stops at the limit, and moves on by a limit at the last page shown. */
class TicketListCountCapTest {

    @ParameterizedTest(name = "limit {0}, first {1}, {2} rows → counts up to {3}")
    @CsvSource({
        "10000, 0, 25, 10000",
        "10000, 9950, 25, 10000",
        "10000, 9975, 25, 20000",
        "10000, 9900, 100, 20000",
        "10000, 19975, 25, 30000",
        "30, 0, 25, 30",
        "30, 25, 25, 60",
        "3, 0, 25, 27",
    })
    void theCountCoversThePageAndStopsAtAWholeNumberOfLimits(int limit, int first, int size, long cap) {
        assertEquals(cap, TicketsView.countCap(limit, first, size));
    }

    @ParameterizedTest(name = "home counter: {0} counted with limit {1} → \"{2}\"")
    @CsvSource({
        "0, 10000, 0",
        "10000, 10000, 10000",
        "10001, 10000, 10000+",
        "5, 0, 5",
        "123456, 0, 123456",
        "4, 3, 3+",
    })
    void theHomeCounterSaysPlusBeyondTheLimit(long counted, int limit, String shown) {
        assertEquals(shown, TicketCounters.figure(counted, limit));
    }
}
