package org.aftersales.domain.reference;

import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** C3, W1: a product category (空调, 空压机 …) of installed products and warranty terms, picked from this list. */
@Entity
@Table(name = "product_category")
@NamedQuery(name = "ProductCategory.all", query = "SELECT c FROM ProductCategory c ORDER BY c.sortOrder, c.code")
@NamedQuery(
        name = "ProductCategory.active",
        query = "SELECT c FROM ProductCategory c WHERE c.active = TRUE ORDER BY c.sortOrder, c.code")
public class ProductCategory extends ListEntry {

    public static final int CODE_MAX = 64;

    protected ProductCategory() {}

    public ProductCategory(String code, String name, int sortOrder) {
        super(code, name, sortOrder, CODE_MAX);
    }
}
