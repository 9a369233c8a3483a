package org.aftersales.web.shared.security;

import java.time.Instant;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.aftersales.accounts.boundary.LoginResult;

/**
 * Every login attempt on one line of the server log, in one format (issue 10.4), never the password:
 * <pre>
 * login outcome=success reason=password channel=form user=li.si address=10.0.0.7
 * login outcome=failure reason=bad-password channel=basic user=li.si address=10.0.0.7
 * login outcome=refused reason=address-blocked channel=basic user=li.si address=10.0.0.7 until=2026-12-05T10:15:00Z
 * login outcome=blocked reason=too-many-failures channel=form user=li.si address=10.0.0.7 until=2026-12-05T10:15:00Z
 * </pre>
 * Successes are INFO, failures WARNING; an API call answered from the credential cache is FINE
 * ({@code reason=remembered}): one per call would drown the rest. The user is what was typed,
 * reduced to harmless characters (no forged log lines).
 */
final class LoginLog {

    enum Channel {
        FORM,
        BASIC
    }

    private static final Logger LOG = Logger.getLogger(LoginLog.class.getName());

    private LoginLog() {}

    static void success(Channel channel, String user, String address) {
        log(Level.INFO, "success", "password", channel, user, address, null);
    }

    static void remembered(Channel channel, String user, String address) {
        if (LOG.isLoggable(Level.FINE)) {
            log(Level.FINE, "success", "remembered", channel, user, address, null);
        }
    }

    static void failure(Channel channel, String user, String address, LoginResult.Outcome outcome) {
        log(
                Level.WARNING,
                "failure",
                outcome.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                channel,
                user,
                address,
                null);
    }

    /** Refused without any check: the address is blocked by the throttle. */
    static void refused(Channel channel, String user, String address, Instant until) {
        log(Level.WARNING, "refused", "address-blocked", channel, user, address, until);
    }

    /** This failure was one too many for the address: it is blocked from now until {@code until}. */
    static void blocked(Channel channel, String user, String address, Instant until) {
        log(Level.WARNING, "blocked", "too-many-failures", channel, user, address, until);
    }

    static String line(String outcome, String reason, Channel channel, String user, String address, Instant until) {
        return "login outcome=" + outcome + " reason=" + reason + " channel="
                + channel.name().toLowerCase(Locale.ROOT) + " user=" + clean(user) + " address=" + clean(address)
                + (until == null ? "" : " until=" + until);
    }

    private static void log(
            Level level, String outcome, String reason, Channel channel, String user, String address, Instant until) {
        LOG.log(level, () -> line(outcome, reason, channel, user, address, until));
    }

    /** Letters, digits and {@code . _ - @ : %} (IPv6 too); anything else becomes {@code ?}; at most 64. */
    static String clean(String value) {
        if (value == null || value.isEmpty()) {
            return "-";
        }
        StringBuilder clean = new StringBuilder();
        value.codePoints()
                .limit(64)
                .forEach(c -> clean.append(
                        c < 128 && (Character.isLetterOrDigit(c) || ".-_@:%".indexOf(c) >= 0) ? (char) c : '?'));
        return value.codePointCount(0, value.length()) > 64 ? clean + "…" : clean.toString();
    }
}
