package org.aftersales.domain.quality;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.aftersales.domain.shared.AuditedEntity;

/**
 * A department problems are routed to (Q3, 售后服务管理程序: 质检中心, 仓储, 制造部, 生管室, 技术部 …): data,
 * not constants; its members are user accounts, who answer the forms routed to it.
 */
@Entity
@NamedQuery(name = "ResponsibleDepartment.byCode", query = "SELECT d FROM ResponsibleDepartment d WHERE d.code = :code")
@NamedQuery(name = "ResponsibleDepartment.all", query = "SELECT d FROM ResponsibleDepartment d ORDER BY d.code")
@NamedQuery(
        name = "ResponsibleDepartment.ofMember",
        query = "SELECT d FROM ResponsibleDepartment d JOIN d.members m WHERE m = :username ORDER BY d.code")
@Table(name = "responsible_department")
public class ResponsibleDepartment extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "code", nullable = false, unique = true, updatable = false, length = 16)
    private String code;

    @Column(name = "name", nullable = false, length = 60)
    private String name;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "responsible_department_member", joinColumns = @JoinColumn(name = "department_id"))
    @Column(name = "username", length = 64)
    private Set<String> members = new TreeSet<>();

    protected ResponsibleDepartment() {}

    public ResponsibleDepartment(String code, String name) {
        this.code = code.strip().toUpperCase(java.util.Locale.ROOT);
        this.name = name.strip();
    }

    public void change(String name, boolean active, Collection<String> members) {
        this.name = name.strip();
        this.active = active;
        this.members.clear();
        members.stream()
                .filter(m -> m != null && !m.isBlank())
                .map(String::strip)
                .forEach(this.members::add);
    }

    public boolean hasMember(String username) {
        return username != null && members.contains(username);
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

    public boolean isActive() {
        return active;
    }

    public Set<String> getMembers() {
        return java.util.Collections.unmodifiableSet(members);
    }

    @Override
    protected Map<String, String> auditState() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("code", code);
        m.put("name", name);
        m.put("active", String.valueOf(active));
        m.put("members", String.join(",", members));
        return m;
    }
}
