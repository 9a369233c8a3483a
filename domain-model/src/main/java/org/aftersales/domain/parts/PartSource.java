package org.aftersales.domain.parts;

/** P1: whether a part is made in-house or bought in (B5: who bears the cost of its defects). */
public enum PartSource {
    IN_HOUSE,
    BOUGHT_IN
}
