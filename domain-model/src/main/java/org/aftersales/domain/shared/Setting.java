package org.aftersales.domain.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Map;
import java.util.Objects;

/**
 * A setting an administrator can change: the numbers of DOMAIN.md and the platform's own policies
 * live here as defaults seeded by the migrations, never as constants in code.
 */
@Entity
@Table(name = "app_setting")
@jakarta.persistence.Cacheable
@NamedQuery(name = "Setting.all", query = "SELECT s FROM Setting s ORDER BY s.key")
public class Setting extends AuditedEntity {

    @Id
    @Column(name = "setting_key", length = 100)
    private String key;

    @Column(name = "setting_value", nullable = false, length = 1000)
    private String value;

    @Column(name = "description", length = 500)
    private String description;

    protected Setting() {}

    public Setting(String key, String value, String description) {
        this.key = Objects.requireNonNull(key, "The key is required.");
        this.value = Objects.requireNonNull(value, "The value is required.");
        this.description = description;
    }

    @Override
    public String getId() {
        return key;
    }

    public String getKey() {
        return key;
    }

    public String getValue() {
        return value;
    }

    public String getDescription() {
        return description;
    }

    public void change(String newValue) {
        this.value = Objects.requireNonNull(newValue, "The value is required.");
    }

    @Override
    protected Map<String, String> auditState() {
        return Map.of("value", value);
    }
}
