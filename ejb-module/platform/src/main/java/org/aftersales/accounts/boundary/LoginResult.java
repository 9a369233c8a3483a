package org.aftersales.accounts.boundary;

import java.io.Serializable;

/** The outcome of checking a username and password. */
public record LoginResult(Outcome outcome, Identity identity) implements Serializable {

    public enum Outcome { SUCCESS, INVALID, LOCKED }

    public static LoginResult invalid() {
        return new LoginResult(Outcome.INVALID, null);
    }

    public static LoginResult locked() {
        return new LoginResult(Outcome.LOCKED, null);
    }

    public boolean succeeded() {
        return outcome == Outcome.SUCCESS;
    }
}
