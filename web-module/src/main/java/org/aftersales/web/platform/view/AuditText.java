package org.aftersales.web.platform.view;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.aftersales.web.shared.i18n.EnumLabels;
import org.aftersales.web.shared.i18n.Messages;

/**
 * Issue 10.17: the before/after state of an audit line as a person reads it — {@code status=已派工},
 * {@code roles=[技术人员, 调度员]} instead of {@code status=DISPATCHED}, {@code roles=[TECHNICIAN, DISPATCHER]}.
 * A value is put into words when it is the name of a constant of a labelled enum; when several enums
 * have that name, the one named like the entity and field wins ({@code Ticket.status} → TicketStatus).
 */
final class AuditText {

    private static final Pattern LINE = Pattern.compile("^([A-Za-z0-9_.]+)=(.*)$");
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");

    private AuditText() {
    }

    static String readable(Locale locale, String entityType, String state) {
        if (state == null || state.isEmpty()) {
            return state;
        }
        List<String> lines = new ArrayList<>();
        for (String line : state.split("\n", -1)) {
            Matcher m = LINE.matcher(line);
            lines.add(m.matches() ? m.group(1) + "=" + value(locale, entityType, m.group(1), m.group(2)) : line);
        }
        return String.join("\n", lines);
    }

    private static String value(Locale locale, String entityType, String field, String value) {
        if (CODE.matcher(value).matches()) {
            return word(locale, entityType, field, value);
        }
        if (value.startsWith("[") && value.endsWith("]") && value.length() > 2) {
            String[] items = value.substring(1, value.length() - 1).split(",\\s*");
            if (Arrays.stream(items).allMatch(i -> CODE.matcher(i).matches())) {
                return Arrays.stream(items).map(i -> word(locale, entityType, field, i))
                        .collect(Collectors.joining(", ", "[", "]"));
            }
        }
        return value;
    }

    private static String word(Locale locale, String entityType, String field, String code) {
        Class<? extends Enum<?>> best = null;
        for (Map.Entry<Class<? extends Enum<?>>, String> e : EnumLabels.prefixes().entrySet()) {
            if (!has(e.getKey(), code)) {
                continue;
            }
            if (best == null || named(e.getKey(), entityType, field)) {
                best = e.getKey();
            }
        }
        return best == null ? code : Messages.get(locale, EnumLabels.prefixes().get(best) + code, List.of());
    }

    private static boolean has(Class<? extends Enum<?>> type, String code) {
        return Arrays.stream(type.getEnumConstants()).anyMatch(c -> c.name().equals(code));
    }

    /** TicketStatus for Ticket.status, Role for roles, ProofOfPurchase for proofOfPurchase. */
    private static boolean named(Class<?> type, String entityType, String field) {
        String name = type.getSimpleName().toLowerCase(Locale.ROOT);
        String entity = String.valueOf(entityType).toLowerCase(Locale.ROOT);
        String plural = field.toLowerCase(Locale.ROOT);
        for (String f : List.of(plural, plural.endsWith("s") ? plural.substring(0, plural.length() - 1) : plural)) {
            if (name.equals(f) || name.equals(entity + f) || name.endsWith(f) && f.length() > 3) {
                return true;
            }
        }
        return false;
    }
}
