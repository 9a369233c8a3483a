package org.aftersales.domain.accounts;

/** The staff and partner roles. ADMIN holds every permission. */
public enum Role {
    AGENT,
    DISPATCHER,
    TECHNICIAN,
    WAREHOUSE,
    FINANCE,
    QUALITY,
    MANAGER,
    ADMIN,
    PARTNER;

    /** Role names as the web tier declares them. */
    public static final String[] NAMES =
            java.util.Arrays.stream(values()).map(Enum::name).toArray(String[]::new);
}
