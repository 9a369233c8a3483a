package org.aftersales.domain.customers.warranty;

/** W1: component codes are data an admin can extend; these two are the defaults. */
public final class Components {

    public static final String WHOLE_UNIT = "WHOLE_UNIT";
    public static final String COMPRESSOR = "COMPRESSOR";

    private Components() {}
}
