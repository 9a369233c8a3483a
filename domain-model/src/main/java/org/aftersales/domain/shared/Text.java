package org.aftersales.domain.shared;

/** How entities take text that people typed: trimmed, and blank meaning "none". */
public final class Text {

    private Text() {}

    /** Trimmed, or null when blank. */
    public static String optional(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
