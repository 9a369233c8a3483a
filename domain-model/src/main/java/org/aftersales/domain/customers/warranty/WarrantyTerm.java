package org.aftersales.domain.customers.warranty;

import java.util.Objects;

/**
 * W1: one row of the warranty-terms table, kept as data. A null (or blank) category, model or use
 * means "any"; a term applies to a product when each of them is "any" or equal to the product's.
 */
public record WarrantyTerm(String category, String model, ProductUse use, String component, int months) {

    public WarrantyTerm {
        Objects.requireNonNull(component, "The component is required.");
        if (component.isBlank()) {
            throw new IllegalArgumentException("The component is required.");
        }
        if (months <= 0) {
            throw new IllegalArgumentException("A warranty term needs a positive number of months.");
        }
        component = component.strip();
        category = anyWhenBlank(category);
        model = anyWhenBlank(model);
    }

    private static String anyWhenBlank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    boolean appliesTo(ProductFacts product) {
        return (use == null || use == product.use())
                && (category == null || category.equals(product.category()))
                && (model == null || model.equals(product.model()));
    }

    /** W1: model (3) beats category (2) beats any (1); at the same level a use-specific term beats a use-free one. */
    int specificity() {
        int level = model != null ? 3 : category != null ? 2 : 1;
        return level * 2 + (use != null ? 1 : 0);
    }
}
