package org.aftersales.domain.approvals;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.aftersales.domain.shared.AuditedEntity;

/**
 * The chain of steps an approval of one kind walks in one department — or, with the department
 * {@link #DEFAULT}, in every department without a chain of its own. Chains are data an
 * administrator changes when positions change; a running request keeps the steps it started with.
 */
@Entity
@Table(name = "approval_chain")
@NamedQuery(
        name = "ApprovalChain.of",
        query = "SELECT c FROM ApprovalChain c WHERE c.kind = :kind AND c.department IN :departments")
@NamedQuery(name = "ApprovalChain.all", query = "SELECT c FROM ApprovalChain c ORDER BY c.kind, c.department")
public class ApprovalChain extends AuditedEntity {

    /** The department code of a kind's default chain. */
    public static final String DEFAULT = "*";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false, length = 24)
    private ApprovalKind kind;

    @Column(name = "department", nullable = false, updatable = false, length = 8)
    private String department;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "approval_chain_step", joinColumns = @JoinColumn(name = "chain_id"))
    @OrderColumn(name = "position")
    private List<StepColumns> steps = new ArrayList<>();

    protected ApprovalChain() {}

    public ApprovalChain(ApprovalKind kind, String department, List<StepRule> rules) {
        this.kind = Objects.requireNonNull(kind);
        this.department = department == null ? DEFAULT : department;
        replace(rules);
    }

    /** New steps for requests from now on; running requests keep theirs. */
    public void replace(List<StepRule> rules) {
        StepRule.check(rules);
        steps.clear();
        rules.forEach(r -> steps.add(new StepColumns(r)));
    }

    public List<StepRule> rules() {
        return steps.stream().map(StepColumns::rule).toList();
    }

    @Override
    public Long getId() {
        return id;
    }

    public ApprovalKind getKind() {
        return kind;
    }

    /** The department code, or {@link #DEFAULT}. */
    public String getDepartment() {
        return department;
    }

    public boolean isDefault() {
        return DEFAULT.equals(department);
    }

    /** One line per step and rule, so the audit log shows names and role words, not codes. */
    @Override
    protected Map<String, String> auditState() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("kind", kind.name());
        state.put("department", department);
        List<StepRule> rules = rules();
        for (int i = 0; i < rules.size(); i++) {
            StepRule r = rules.get(i);
            String step = "step" + (i + 1);
            state.put(step, r.name());
            if (!r.users().isEmpty()) {
                state.put(step + ".deciders", String.join(",", r.users()));
            }
            if (!r.roles().isEmpty()) {
                state.put(
                        step + ".roles",
                        r.roles().stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
            }
            if (r.all()) {
                state.put(step + ".all", "true");
            }
            if (r.quorum() != null) {
                state.put(step + ".quorum", String.valueOf(r.quorum()));
            }
            if (r.minAmount() != null) {
                state.put(step + ".minAmount", r.minAmount().toPlainString());
            }
        }
        return state;
    }
}
