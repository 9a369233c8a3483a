package org.aftersales.web.shared.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.aftersales.accounts.boundary.AccountChanges;
import org.aftersales.accounts.boundary.Identity;
import org.aftersales.accounts.boundary.LoginResult;
import org.aftersales.support.tx.ChangeCheck;

/**
 * Remembers HTTP Basic credentials that passed the (deliberately slow) PBKDF2 check, so an API
 * client does not pay 600 000 iterations on every call. Only an HMAC of the password under a key
 * that lives in this JVM's memory is kept; an entry ends after the configured time, or when the
 * account's credential version changes (password changed, account locked).
 *
 * <p>Issue 15.2: an entry also says when the account was last checked and at which
 * {@link AccountChanges#generation()}; while no account has changed since and the check is younger
 * than {@link ChangeCheck#RECHECK}, a call is answered without reading the
 * account again.
 */
@ApplicationScoped
public class CredentialCache {

    private static final int MAX_ENTRIES = 10_000;
    /** How long a caller waits for another's check of the same credentials before it checks itself. */
    private static final Duration SHARED_CHECK_WAIT = Duration.ofSeconds(30);

    private final byte[] key = new byte[32];
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<LoginResult>> checking = new ConcurrentHashMap<>();

    record Entry(byte[] mac, Identity identity, Instant expires, ChangeCheck checked) {}

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
                new Entry(mac(username, password), identity, Instant.now().plus(ttl), ChangeCheck.pending()));
    }

    /** The account behind {@code entry} was checked again, taking {@code generation} before it was read. */
    void rechecked(String username, Entry entry, Identity identity, long generation) {
        entries.replace(username, entry, new Entry(entry.mac(), identity, entry.expires(), ChangeCheck.at(generation)));
    }

    /**
     * What {@link #checkOnce} answered: the result of the check, and whether this caller shared
     * another's check instead of making its own.
     */
    record Checked(LoginResult result, boolean shared) {}

    /**
     * Runs {@code check} (the PBKDF2 login) for these credentials unless the same credentials are
     * being checked for another caller right now; then waits for that check and, when it succeeded,
     * shares its result. Issue 15.2: when the entry of a busy API client ends, its concurrent calls
     * all missed at once, and each paid 600 000 iterations in a row (the login locks the account
     * row): 20 clients stood still for 8 s every {@code security.credential-cache.seconds}. A failed
     * check is not shared: each caller then makes its own, so every wrong attempt still counts
     * towards a lock as before.
     */
    Checked checkOnce(String username, char[] password, Supplier<LoginResult> check) {
        String credentials = username + '\0' + HexFormat.of().formatHex(mac(username, password));
        CompletableFuture<LoginResult> mine = new CompletableFuture<>();
        CompletableFuture<LoginResult> running = checking.putIfAbsent(credentials, mine);
        if (running != null) {
            Optional<LoginResult> theirs = awaitCheck(running);
            if (theirs.isPresent() && theirs.get().succeeded()) {
                return new Checked(theirs.get(), true);
            }
            return new Checked(check.get(), false);
        }
        try {
            LoginResult result = check.get();
            mine.complete(result);
            return new Checked(result, false);
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            checking.remove(credentials, mine);
        }
    }

    private static Optional<LoginResult> awaitCheck(CompletableFuture<LoginResult> running) {
        try {
            return Optional.of(running.get(SHARED_CHECK_WAIT.toMillis(), TimeUnit.MILLISECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException | TimeoutException e) {
            return Optional.empty(); // the other check failed or hangs: this caller checks for itself
        }
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
