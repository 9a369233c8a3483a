package org.aftersales.web.shared.rest;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What makes two requests "the same request" for an {@code Idempotency-Key} ({@link IdempotencyFilter}):
 * method, path, query string, content type and body (issue 10.8: an import with {@code dryRun=false}
 * under the key of an earlier dry run is another request, not a replay of the preview).
 */
final class RequestFingerprint {

    private RequestFingerprint() {}

    /**
     * SHA-256 over the parts, each length-prefixed so that no two different requests run together
     * into the same bytes; no query string and an empty one are the same.
     */
    static String of(String method, String rawPath, String rawQuery, String contentType, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String part : new String[] {method, rawPath, rawQuery, contentType}) {
                byte[] bytes = (part == null ? "" : part).getBytes(StandardCharsets.UTF_8);
                digest.update(
                        ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
                digest.update(bytes);
            }
            digest.update(body);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
