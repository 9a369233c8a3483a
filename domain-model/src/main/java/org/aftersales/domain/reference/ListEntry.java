package org.aftersales.domain.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.aftersales.domain.shared.AuditedEntity;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.Plausible;
import org.aftersales.domain.shared.RuleViolationException;

/**
 * One entry of a list kept as data (issue 10.18): a region, a product category. Records store the
 * {@code code}, which never changes once given (renaming changes the name shown); an entry in use is
 * deactivated — no longer offered — but never deleted, so what was recorded with it stays valid.
 */
@MappedSuperclass
public abstract class ListEntry extends AuditedEntity {

    public static final int NAME_MAX = 100;

    @Id
    @Column(name = "code", nullable = false, updatable = false)
    private String code;

    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected ListEntry() {}

    protected ListEntry(String code, String name, int sortOrder, int codeMax) {
        String c = code == null ? "" : code.strip();
        if (c.isEmpty()) {
            throw new RuleViolationException(FieldError.of("code", "validation.required"));
        }
        if (c.length() > codeMax) {
            throw new RuleViolationException(FieldError.of("code", "validation.tooLongMax", codeMax));
        }
        if (Plausible.forbiddenCharacter(c, false) >= 0) {
            throw new RuleViolationException(FieldError.of("code", "validation.singleLine"));
        }
        this.code = c;
        rename(name == null || name.isBlank() ? c : name);
        reorder(sortOrder);
    }

    /** Changes the name shown; the code (what records store) stays. */
    public final void rename(String newName) {
        String n = newName == null ? "" : newName.strip();
        if (n.isEmpty()) {
            throw new RuleViolationException(FieldError.of("name", "validation.required"));
        }
        if (n.length() > NAME_MAX) {
            throw new RuleViolationException(FieldError.of("name", "validation.tooLongMax", NAME_MAX));
        }
        if (Plausible.forbiddenCharacter(n, false) >= 0) {
            throw new RuleViolationException(FieldError.of("name", "validation.singleLine"));
        }
        this.name = n;
    }

    public final void reorder(int newSortOrder) {
        this.sortOrder = newSortOrder;
    }

    public final void activate() {
        this.active = true;
    }

    public final void deactivate() {
        this.active = false;
    }

    @Override
    public String getId() {
        return code;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public boolean isActive() {
        return active;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    @Override
    protected Map<String, String> auditState() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("code", code);
        state.put("name", name);
        state.put("active", String.valueOf(active));
        state.put("sortOrder", String.valueOf(sortOrder));
        return state;
    }

    @Override
    public boolean equals(Object other) {
        return other != null && other.getClass() == getClass() && Objects.equals(code, ((ListEntry) other).code);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(code);
    }
}
