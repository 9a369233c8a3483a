package org.aftersales.web.shared.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Issue 10.8: what makes two requests "the same request" for an {@code Idempotency-Key}: method,
 * path, query string, content type and body. A key replayed with anything else is another request
 * (422), never the earlier answer.
 */
class RequestFingerprintTest {

    private static final byte[] CSV = "客户名称,电话\n张三,13800000000\n".getBytes(StandardCharsets.UTF_8);

    private static String hash(String method, String path, String query, String type, byte[] body) {
        return RequestFingerprint.of(method, path, query, type, body);
    }

    @Test
    void theSameRequestHashesTheSame() {
        assertEquals(
                hash("POST", "/aftersales/api/v1/imports/handover", "dryRun=false", "text/csv", CSV),
                hash("POST", "/aftersales/api/v1/imports/handover", "dryRun=false", "text/csv", CSV.clone()));
        assertEquals(
                hash("POST", "/aftersales/api/v1/users", null, "application/json", new byte[0]),
                hash("POST", "/aftersales/api/v1/users", "", "application/json", new byte[0]),
                "no query is an empty one");
    }

    @Test
    void anotherQueryStringIsAnotherRequest() {
        String path = "/aftersales/api/v1/imports/handover";
        String dryRun = hash("POST", path, "fileName=day.csv&dryRun=true", "text/csv", CSV);
        assertNotEquals(dryRun, hash("POST", path, "fileName=day.csv&dryRun=false", "text/csv", CSV));
        assertNotEquals(dryRun, hash("POST", path, null, "text/csv", CSV));
    }

    @Test
    void anotherMethodPathTypeOrBodyIsAnotherRequest() {
        String base = hash("POST", "/aftersales/api/v1/tickets", null, "application/json", CSV);
        assertNotEquals(base, hash("PUT", "/aftersales/api/v1/tickets", null, "application/json", CSV));
        assertNotEquals(base, hash("POST", "/aftersales/api/v1/customers", null, "application/json", CSV));
        assertNotEquals(base, hash("POST", "/aftersales/api/v1/tickets", null, "text/csv", CSV));
        assertNotEquals(base, hash("POST", "/aftersales/api/v1/tickets", null, "application/json", new byte[] {1}));
        // the parts cannot be shifted into one another
        assertNotEquals(hash("POST", "/a", "b", null, new byte[0]), hash("POST", "/a?b", "", null, new byte[0]));
        assertNotEquals(hash("POST", "/a", "", "x", new byte[0]), hash("POST", "/a", "x", "", new byte[0]));
    }
}
