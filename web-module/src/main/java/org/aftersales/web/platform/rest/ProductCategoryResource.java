package org.aftersales.web.platform.rest;

import jakarta.ws.rs.Path;
import org.aftersales.reference.boundary.ReferenceLists.Kind;

/**
 * {@code /product-categories} (issue 10.18): the product categories of installed products and warranty
 * terms. Read by everyone signed in, kept by ADMIN ({@link ReferenceListResource}).
 */
@Path("product-categories")
public class ProductCategoryResource extends ReferenceListResource {

    @Override
    protected Kind kind() {
        return Kind.PRODUCT_CATEGORY;
    }
}
