package org.aftersales.web.shared.rest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.RuleViolationException;

/** Money in the API: JSON strings with two decimals, CNY ("850.00"). */
public final class MoneyText {

    private MoneyText() {}

    /** "850", "850.5", "850.00" → 850.00; anything else (or more than two decimals) is a 422 on {@code field}. */
    public static BigDecimal parse(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(text.strip());
            if (value.scale() > 2 || value.precision() - value.scale() > 12) {
                throw new NumberFormatException(text);
            }
            return value.setScale(2, RoundingMode.UNNECESSARY);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new RuleViolationException(FieldError.of(field, "validation.money"));
        }
    }

    public static String format(BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
