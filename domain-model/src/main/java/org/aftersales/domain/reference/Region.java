package org.aftersales.domain.reference;

import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * C1: a region of the service area (地区). Customers, staff and tickets carry its code; dispatch
 * matches technicians to tickets by it (T4), so it is picked from this list, never typed.
 */
@Entity
@Table(name = "region")
@NamedQuery(name = "Region.all", query = "SELECT r FROM Region r ORDER BY r.sortOrder, r.code")
@NamedQuery(name = "Region.active", query = "SELECT r FROM Region r WHERE r.active = TRUE ORDER BY r.sortOrder, r.code")
public class Region extends ListEntry {

    public static final int CODE_MAX = 100;

    protected Region() {}

    public Region(String code, String name, int sortOrder) {
        super(code, name, sortOrder, CODE_MAX);
    }
}
