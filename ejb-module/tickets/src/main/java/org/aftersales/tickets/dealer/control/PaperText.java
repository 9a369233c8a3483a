package org.aftersales.tickets.dealer.control;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * T6, T7: texts this context writes into records that people read on paper (the ticket's description,
 * the goods log's condition), from {@code paper.properties} beside this class, in the forms' language.
 */
public final class PaperText {

    private static final String BUNDLE = "org.aftersales.tickets.dealer.control.paper";

    private PaperText() {}

    public static String get(String key, Object... args) {
        String pattern = ResourceBundle.getBundle(
                        BUNDLE,
                        Locale.ROOT,
                        PaperText.class.getClassLoader(),
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                .getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.SIMPLIFIED_CHINESE).format(args);
    }
}
