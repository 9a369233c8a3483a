package org.aftersales.domain.billing;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * B2: one itemised line of a quote. The description is data (a part number and quantity, hours ×
 * rate, a distance band), never words of one language: the screens and prints label the category.
 */
@Embeddable
public class QuoteLine {

    @Column(name = "line_no", nullable = false)
    private int lineNo;

    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false, length = 12)
    private QuoteLineCategory category;

    @Column(name = "description", length = 200)
    private String description;

    @Column(name = "amount", nullable = false, precision = 14, scale = 2)
    private BigDecimal amount;

    protected QuoteLine() {}

    public QuoteLine(int lineNo, QuoteLineCategory category, String description, BigDecimal amount) {
        this.lineNo = lineNo;
        this.category = Objects.requireNonNull(category);
        this.description = description;
        this.amount = Cents.of(Objects.requireNonNull(amount));
    }

    public int getLineNo() {
        return lineNo;
    }

    public QuoteLineCategory getCategory() {
        return category;
    }

    public String getDescription() {
        return description;
    }

    public BigDecimal getAmount() {
        return amount;
    }
}
