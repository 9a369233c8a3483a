package org.aftersales.web.shared.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Texts from the application's resource bundles, for code that is not a Faces page. */
public final class Messages {

    public static final String BUNDLE = "org.aftersales.web.i18n.messages";
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private Messages() {}

    public static String get(Locale locale, String key, List<String> args) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(
                            BUNDLE,
                            locale == null ? CHINESE : locale,
                            Messages.class.getClassLoader(),
                            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                    .getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        if (args == null || args.isEmpty()) {
            return pattern;
        }
        return new MessageFormat(pattern, locale)
                .format(EnumLabels.arguments(locale, key, args).toArray());
    }

    public static String get(Locale locale, String key, Object... args) {
        return get(
                locale, key, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }

    /** zh_CN / en as stored on an account → a Locale. */
    public static Locale locale(String tag) {
        return tag != null && tag.startsWith("en") ? Locale.ENGLISH : CHINESE;
    }
}
