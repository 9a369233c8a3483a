package org.aftersales.web.platform.view;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
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
    /** Fields of the audited entities that hold staff logins. */
    private static final java.util.Set<String> PEOPLE = java.util.Set.of(
            "technician",
            "keepers",
            "requestedBy",
            "countedBy",
            "startedBy",
            "soldBy",
            "paidInBy",
            "receivedBy",
            "judgedBy",
            "decidedBy",
            "closedBy",
            "recordedBy",
            "issuedBy",
            "approvedBy",
            "submittedBy");

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");

    private AuditText() {}

    static String readable(Locale locale, String entityType, String state) {
        return readable(locale, entityType, state, UnaryOperator.identity());
    }

    /** As above; the fields that hold colleagues' logins ({@code technician=李四}) through {@code people}. */
    static String readable(Locale locale, String entityType, String state, UnaryOperator<String> people) {
        if (state == null || state.isEmpty()) {
            return state;
        }
        List<String> lines = new ArrayList<>();
        for (String line : state.split("\n", -1)) {
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                lines.add(line);
            } else if ("ApprovalChain".equals(entityType) && "steps".equals(m.group(1))) {
                lines.add("steps=" + deciders(locale, m.group(2), people));
            } else if (PEOPLE.contains(m.group(1)) && !m.group(2).isBlank() && !"null".equals(m.group(2))) {
                lines.add(m.group(1) + "="
                        + Arrays.stream(m.group(2).split(","))
                                .map(String::strip)
                                .map(people)
                                .collect(Collectors.joining("、")));
            } else {
                lines.add(m.group(1) + "=" + value(locale, entityType, m.group(1), m.group(2)));
            }
        }
        return String.join("\n", lines);
    }

    private static final Pattern DECIDERS = Pattern.compile("\\[([^\\]]*)]");

    /**
     * An approval chain's steps ({@code 预算员 [yu.suanyuan,MANAGER all ≥5000.00]}): the deciders by name,
     * the roles in words (issue 12), the rest as it is.
     */
    private static String deciders(Locale locale, String steps, UnaryOperator<String> people) {
        Matcher m = DECIDERS.matcher(steps);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String inside = Arrays.stream(m.group(1).split(",", -1))
                    .map(item -> {
                        String head = item.strip();
                        int space = head.indexOf(' ');
                        String rest = space < 0 ? "" : head.substring(space);
                        head = space < 0 ? head : head.substring(0, space);
                        String who = has(org.aftersales.domain.accounts.Role.class, head)
                                ? EnumLabels.label(locale, org.aftersales.domain.accounts.Role.valueOf(head))
                                : people.apply(head);
                        return who + rest;
                    })
                    .collect(Collectors.joining("、"));
            m.appendReplacement(out, Matcher.quoteReplacement("[" + inside + "]"));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String value(Locale locale, String entityType, String field, String value) {
        if (CODE.matcher(value).matches()) {
            return word(locale, entityType, field, value);
        }
        boolean brackets = value.startsWith("[") && value.endsWith("]") && value.length() > 2;
        String list = brackets ? value.substring(1, value.length() - 1) : value;
        String[] items = list.split(",", -1);
        if ((brackets || items.length > 1)
                && Arrays.stream(items).allMatch(i -> CODE.matcher(i.strip()).matches())) {
            String words = Arrays.stream(items)
                    .map(i -> word(locale, entityType, field, i.strip()))
                    .collect(Collectors.joining(", "));
            return brackets ? "[" + words + "]" : words;
        }
        return value;
    }

    private static String word(Locale locale, String entityType, String field, String code) {
        Class<? extends Enum<?>> best = null;
        for (Map.Entry<Class<? extends Enum<?>>, String> e :
                EnumLabels.prefixes().entrySet()) {
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
