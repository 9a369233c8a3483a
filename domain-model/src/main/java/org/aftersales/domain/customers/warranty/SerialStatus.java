package org.aftersales.domain.customers.warranty;

/** W3: the state of the serial plate (出厂编码). */
public enum SerialStatus {
    OK,
    MISSING,
    ILLEGIBLE,
    ALTERED
}
