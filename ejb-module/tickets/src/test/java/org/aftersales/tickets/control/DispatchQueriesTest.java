package org.aftersales.tickets.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import org.aftersales.domain.tickets.ServiceKind;
import org.junit.jupiter.api.Test;

/** T3, T4: which tickets wait on the dispatch board. */
class DispatchQueriesTest {

    @Test
    void onlyKindsThatSendSomeoneOutAreDispatchedNotCarryInNorRemoteService() {
        assertEquals(
                EnumSet.of(
                        ServiceKind.ONSITE_REPAIR,
                        ServiceKind.INSTALLATION,
                        ServiceKind.MAINTENANCE,
                        ServiceKind.TRAINING),
                DispatchQueries.dispatchableKinds());
    }
}
