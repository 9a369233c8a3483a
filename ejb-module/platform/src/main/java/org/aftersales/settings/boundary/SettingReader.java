package org.aftersales.settings.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.aftersales.settings.control.SettingValues;

/**
 * The settings' values for the code that asks for them: every number a company may want to change
 * (defaults seeded by the migrations). A CDI bean, so that a question is a look-up in
 * {@link SettingValues} instead of a call through the EJB container with its security check,
 * transaction and interceptors (issue 15.1: two calls per ticket registration). Anyone may read;
 * changes go through {@link Settings}, the administrator's.
 */
@ApplicationScoped
public class SettingReader {

    @Inject
    private SettingValues values;

    /** The setting's value (as {@link SettingValues} last read it), or {@code fallback}. */
    public String text(String key, String fallback) {
        return values.text(key, fallback);
    }

    /** The setting as a whole number, or {@code fallback} when it is missing or not a number. */
    public int number(String key, int fallback) {
        try {
            return Integer.parseInt(text(key, String.valueOf(fallback)).trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
