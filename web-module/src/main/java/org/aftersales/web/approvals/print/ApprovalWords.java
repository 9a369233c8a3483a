package org.aftersales.web.approvals.print;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.aftersales.domain.accounts.Role;
import org.aftersales.web.shared.i18n.EnumLabels;
import org.aftersales.web.shared.i18n.Messages;

/**
 * Issue 12: a step of a chain in words, as the screens and the 审批单 say it — who decides (names and
 * role words, never logins or role codes) and how many must agree (全部同意, 至少 2 人, 任一人), from
 * which amount on.
 */
public final class ApprovalWords {

    private ApprovalWords() {}

    /** 李四、王五、部门经理（角色） — the named colleagues, then the roles. */
    public static String deciders(Locale locale, List<String> users, Set<Role> roles, UnaryOperator<String> people) {
        List<String> names = new ArrayList<>();
        if (users != null) {
            users.forEach(u -> names.add(people.apply(u)));
        }
        if (roles != null) {
            roles.stream()
                    .sorted()
                    .forEach(
                            r -> names.add(Messages.get(locale, "approvals.roleHolders", EnumLabels.label(locale, r))));
        }
        return String.join(comma(locale), names);
    }

    /** 任一人同意 / 全部同意 / 至少 2 人同意, and 金额 ≥ ¥5,000.00 when the step has a threshold. */
    public static String rule(Locale locale, boolean all, Integer quorum, BigDecimal minAmount) {
        String how = all
                ? Messages.get(locale, "approvals.rule.all")
                : quorum != null && quorum > 1
                        ? Messages.get(locale, "approvals.rule.quorum", quorum)
                        : Messages.get(locale, "approvals.rule.any");
        return minAmount == null
                ? how
                : how + comma(locale) + Messages.get(locale, "approvals.rule.from", money(minAmount));
    }

    /** An amount in yuan as the screens show it: 1,200.00. */
    public static String money(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        java.text.DecimalFormat f =
                new java.text.DecimalFormat("#,##0.00", java.text.DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(amount);
    }

    private static String comma(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? ", " : "、";
    }
}
