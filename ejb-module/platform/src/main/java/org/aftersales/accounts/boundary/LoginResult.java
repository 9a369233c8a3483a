package org.aftersales.accounts.boundary;

import java.io.Serializable;

/**
 * The outcome of checking a username and password. The reasons of a failure are for the log only:
 * whoever tried is told the same for each of them (no user enumeration, issue 10.4).
 */
public record LoginResult(Outcome outcome, Identity identity) implements Serializable {

    public enum Outcome {
        SUCCESS,
        /** no such account */
        UNKNOWN_USER,
        /** the password was wrong */
        BAD_PASSWORD,
        /** the password was wrong, and this failure locked the account for a while */
        BAD_PASSWORD_LOCKED_NOW,
        /** the account is locked (by an administrator, or for a while): the password was not checked */
        LOCKED
    }

    public static LoginResult failed(Outcome outcome) {
        return new LoginResult(outcome, null);
    }

    public boolean succeeded() {
        return outcome == Outcome.SUCCESS;
    }
}
