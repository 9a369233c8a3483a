package org.aftersales.web.shared.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.aftersales.domain.accounts.AddressFailures;
import org.aftersales.domain.accounts.ThrottlePolicy;
import org.aftersales.settings.boundary.SettingReader;

/**
 * The throttle per client address (issue 10.4, {@link ThrottlePolicy}): the failed logins of each
 * address, kept in this server's memory (each node of a cluster counts its own). The address is the
 * connection's: behind a reverse proxy every client has the proxy's, so such an installation sets
 * {@code security.throttle.failures} to 0 or lets the proxy throttle.
 */
@ApplicationScoped
public class LoginThrottle {

    static final String FAILURES = "security.throttle.failures";
    static final String WINDOW = "security.throttle.window-seconds";
    static final String BLOCK = "security.throttle.block-seconds";
    private static final int MAX_ADDRESSES = 100_000;

    @Inject
    private SettingReader settings;

    private final Map<String, AddressFailures> addresses = new ConcurrentHashMap<>();

    /** The end of the block on {@code address}, if one holds now. */
    public Optional<Instant> blockedUntil(String address) {
        AddressFailures failures = addresses.get(address);
        return failures == null ? Optional.empty() : failures.blockedUntil(Instant.now());
    }

    /** Counts a failed login from {@code address}; the end of the block it started, if it was one too many. */
    public Optional<Instant> failed(String address) {
        ThrottlePolicy policy = policy();
        if (!policy.enabled()) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        if (addresses.size() >= MAX_ADDRESSES) {
            addresses.values().removeIf(a -> a.isIdle(policy, now));
        }
        return addresses.computeIfAbsent(address, a -> new AddressFailures()).recordFailure(policy, now);
    }

    private ThrottlePolicy policy() {
        return ThrottlePolicy.of(
                settings.number(FAILURES, 50), settings.number(WINDOW, 600), settings.number(BLOCK, 600));
    }
}
