package org.aftersales.settings.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.aftersales.settings.control.SettingValues;

/**
 * The department's calendar: its time zone (the {@code ui.time-zone} setting, so an administrator
 * changes it without a deployment), now, and today. Every bean that needs the time or the local
 * date asks here instead of keeping a {@code Clock.systemUTC()} and a zone literal of its own; a unit
 * test builds one with {@link #fixed(ZoneId, Clock)}.
 *
 * <p>Issue 15.2: a plain CDI bean, not an EJB. Every answer of the API and every registration asks
 * it several times for the time or the zone; as an EJB each question was a container call (security,
 * interceptors, a transaction begun from the web tier) and the zone two of them, through
 * {@code Settings}. It holds nothing that needs the container: the zone comes from
 * {@link SettingValues}, which remembers the setting until it is changed.
 */
@ApplicationScoped
public class BusinessCalendar {

    public static final String TIME_ZONE = "ui.time-zone";
    /**
     * Only when the setting is missing or names no zone: the server's {@code AFTERSALES_TIME_ZONE}
     * (JVM option {@code aftersales.timezone}), else China Standard Time as migration 001 seeds it.
     */
    static final String FALLBACK = "Asia/Shanghai";

    @Inject
    private SettingValues settings;

    private Clock clock = Clock.systemUTC();
    private ZoneId fixedZone;

    /** A calendar with a fixed zone and clock, for unit tests of code that takes one. */
    public static BusinessCalendar fixed(ZoneId zone, Clock clock) {
        BusinessCalendar calendar = new BusinessCalendar();
        calendar.fixedZone = zone;
        calendar.clock = clock;
        return calendar;
    }

    /** The configured zone; a setting that names no zone falls back to China Standard Time. */
    public ZoneId zone() {
        if (fixedZone != null) {
            return fixedZone;
        }
        String fallback = System.getProperty("aftersales.timezone", FALLBACK);
        try {
            return ZoneId.of(settings.text(TIME_ZONE, fallback).strip());
        } catch (DateTimeException e) {
            return ZoneId.of(fallback);
        }
    }

    public Instant now() {
        return clock.instant();
    }

    public LocalDate today() {
        return LocalDate.ofInstant(now(), zone());
    }

    public ZonedDateTime local(Instant instant) {
        return instant.atZone(zone());
    }

    /** The first instant of a local date in the configured zone (a period's inclusive start). */
    public Instant startOf(LocalDate date) {
        return date.atStartOfDay(zone()).toInstant();
    }

    /** The first instant after a local date (a period's exclusive end). */
    public Instant endOf(LocalDate date) {
        return date.plusDays(1).atStartOfDay(zone()).toInstant();
    }

    /** The clock, for code that takes one (SLA calculations, retry schedules). */
    public Clock clock() {
        return clock;
    }
}
