/**
 * The settings an administrator changes (the numbers of DOMAIN.md as defaults) and the department's
 * calendar ({@code BusinessCalendar}: zone, now, today).
 */
package org.aftersales.settings;
