package org.aftersales.domain.parts;

/** P4: what became of a defective part the technician took out and returned. */
public enum DefectiveDisposition {
    RETURNED_TO_SUPPLIER,
    SCRAPPED,
    REPAIRED
}
