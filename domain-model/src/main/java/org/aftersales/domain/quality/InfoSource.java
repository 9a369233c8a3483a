package org.aftersales.domain.quality;

/** Where the problem of an after-sales information form came from. */
public enum InfoSource {
    COMPLAINT,
    RETURN_VISIT,
    TYPED
}
