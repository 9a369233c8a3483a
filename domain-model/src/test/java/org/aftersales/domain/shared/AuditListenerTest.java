package org.aftersales.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditListenerTest {

    @Test
    void rendersStateAsSortedKeyValueLinesWithNewlinesEscaped() {
        Map<String, String> state = new HashMap<>();
        state.put("roles", "AGENT");
        state.put("displayName", "李四\n第二行");
        state.put("email", null);
        assertEquals("displayName=李四\\n第二行\nemail=\nroles=AGENT\n", AuditListener.render(state));
    }

    @Test
    void anEntityWithEmptyFieldsHasAnAuditStateWithThoseFieldsEmpty() {
        var account = new org.aftersales.domain.accounts.UserAccount(
                "li.si",
                "李四",
                "hash",
                java.util.Set.of(org.aftersales.domain.accounts.Role.AGENT),
                java.time.Instant.now());
        Map<String, String> state = ((AuditedEntity) account).currentAuditState(); // region and e-mail are null
        assertEquals("李四", state.get("displayName"));
        assertNull(state.get("region"));
        assertEquals(true, state.containsKey("region"));
    }

    @Test
    void noStateRendersAsNull() {
        assertNull(AuditListener.render(null));
    }
}
