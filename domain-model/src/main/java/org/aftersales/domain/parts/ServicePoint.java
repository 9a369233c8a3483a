package org.aftersales.domain.parts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.aftersales.domain.shared.AuditedEntity;

/** P6: a service point and its warehouse (e.g. "BJ"), with the keepers (库管员) told of low stock. */
@Entity
@NamedQuery(name = "ServicePoint.byCode", query = "SELECT s FROM ServicePoint s WHERE s.code = :code")
@Table(name = "service_point")
public class ServicePoint extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "code", nullable = false, unique = true, updatable = false, length = 8)
    private String code;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    /** Usernames of the keepers, comma-separated. */
    @Column(name = "keepers", nullable = false, length = 1000)
    private String keepers = "";

    protected ServicePoint() {}

    public ServicePoint(String code, String name, Collection<String> keepers) {
        this.code = Objects.requireNonNull(code, "The code is required.");
        rename(name);
        assignKeepers(keepers);
    }

    public final void rename(String name) {
        this.name = Objects.requireNonNull(name, "The name is required.");
    }

    public final void assignKeepers(Collection<String> usernames) {
        this.keepers = usernames == null
                ? ""
                : String.join(
                        ",",
                        usernames.stream()
                                .filter(u -> u != null && !u.isBlank())
                                .map(String::strip)
                                .distinct()
                                .toList());
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public List<String> getKeepers() {
        return keepers == null || keepers.isEmpty() ? List.of() : Arrays.asList(keepers.split(","));
    }

    @Override
    protected Map<String, String> auditState() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("code", code);
        state.put("name", name);
        state.put("keepers", keepers);
        return state;
    }
}
