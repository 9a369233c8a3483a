package org.aftersales.domain.account;

/**
 * When repeated failed logins lock an account. The threshold is the setting
 * {@code security.lockout.threshold}; zero or less never locks.
 */
public record LoginPolicy(int lockoutThreshold) {

    public boolean shouldLock(int consecutiveFailures) {
        return lockoutThreshold > 0 && consecutiveFailures >= lockoutThreshold;
    }
}
