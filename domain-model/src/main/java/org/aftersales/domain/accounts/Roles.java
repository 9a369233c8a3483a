package org.aftersales.domain.accounts;

/**
 * The role names as compile-time constants, for {@code @RolesAllowed}, {@code isCallerInRole}, the
 * web filters and the screens. They are the names of {@link Role} ({@code RolesTest} holds them
 * equal); an annotation needs a constant, so the enum alone cannot serve.
 */
public final class Roles {

    public static final String AGENT = "AGENT";
    public static final String DISPATCHER = "DISPATCHER";
    public static final String TECHNICIAN = "TECHNICIAN";
    public static final String WAREHOUSE = "WAREHOUSE";
    public static final String FINANCE = "FINANCE";
    public static final String QUALITY = "QUALITY";
    public static final String MANAGER = "MANAGER";
    public static final String ADMIN = "ADMIN";
    public static final String PARTNER = "PARTNER";

    private Roles() {}
}
