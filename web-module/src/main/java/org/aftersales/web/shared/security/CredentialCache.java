package org.aftersales.web.shared.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.aftersales.accounts.boundary.AccountChanges;
import org.aftersales.accounts.boundary.Identity;

/**
 * Remembers HTTP Basic credentials that passed the (deliberately slow) PBKDF2 check, so an API
 * client does not pay 600 000 iterations on every call. Only an HMAC of the password under a key
 * that lives in this JVM's memory is kept; an entry ends after the configured time, or when the
 * account's credential version changes (password changed, account locked).
 *
 * <p>Issue 15.2: an entry also says when the account was last checked and at which
 * {@link AccountChanges#generation()}; while no account has changed since and the check is younger
 * than {@link AccountCheck#RECHECK}, a call is answered without reading the
 * account again.
 */
@ApplicationScoped
public class CredentialCache {

    private static final int MAX_ENTRIES = 10_000;

    private final byte[] key = new byte[32];
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    record Entry(byte[] mac, Identity identity, Instant expires, AccountCheck checked) {}

    public CredentialCache() {
        new SecureRandom().nextBytes(key);
    }

    public Optional<Entry> lookup(String username, char[] password) {
        Entry entry = entries.get(username);
        if (entry == null) {
            return Optional.empty();
        }
        if (entry.expires().isBefore(Instant.now())) {
            entries.remove(username, entry);
            return Optional.empty();
        }
        return MessageDigest.isEqual(entry.mac(), mac(username, password)) ? Optional.of(entry) : Optional.empty();
    }

    public void remember(String username, char[] password, Identity identity, Duration ttl) {
        if (entries.size() >= MAX_ENTRIES) {
            entries.entrySet().removeIf(e -> e.getValue().expires().isBefore(Instant.now()));
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
        }
        entries.put(
                username,
                new Entry(mac(username, password), identity, Instant.now().plus(ttl), AccountCheck.pending()));
    }

    /** The account behind {@code entry} was checked again, taking {@code generation} before it was read. */
    void rechecked(String username, Entry entry, Identity identity, long generation) {
        entries.replace(
                username, entry, new Entry(entry.mac(), identity, entry.expires(), AccountCheck.at(generation)));
    }

    public void forget(String username) {
        entries.remove(username);
    }

    private byte[] mac(String username, char[] password) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(key, "HmacSHA256"));
            hmac.update(username.getBytes(StandardCharsets.UTF_8));
            hmac.update((byte) 0);
            return hmac.doFinal(new String(password).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
