package org.aftersales.web.shared.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** The two bundles as they are shipped, read without any fallback between them. */
final class Bundles {

    static final Properties CHINESE = load("messages_zh_CN.properties");
    static final Properties ENGLISH = load("messages_en.properties");

    private Bundles() {}

    private static Properties load(String name) {
        Properties p = new Properties();
        try (InputStream in = Bundles.class.getResourceAsStream("/org/aftersales/web/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /** "" when both bundles have the key; else which lacks it. */
    static String missing(String key) {
        String lack = (CHINESE.containsKey(key) ? "" : " zh_CN") + (ENGLISH.containsKey(key) ? "" : " en");
        return lack.isEmpty() ? "" : key + " (missing in" + lack + ")";
    }
}
