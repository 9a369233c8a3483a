package org.aftersales.web.shared.i18n;

import java.time.ZoneId;
import org.aftersales.settings.boundary.Settings;

/**
 * The department's time zone: the setting {@code ui.time-zone} an ADMIN changes, the server's
 * {@code AFTERSALES_TIME_ZONE} (JVM option {@code aftersales.timezone}) only when the setting is missing.
 * Every time a person reads — on a page, in an Excel file and its name, on a printed form, in an
 * e-mail — is in this zone, never in UTC or the JVM's default (issue 10.17).
 */
public final class ConfiguredZone {

    public static final String SETTING = "ui.time-zone";

    private ConfiguredZone() {
    }

    public static ZoneId of(Settings settings) {
        return ZoneId.of(settings.text(SETTING, System.getProperty("aftersales.timezone", "Asia/Shanghai")));
    }
}
