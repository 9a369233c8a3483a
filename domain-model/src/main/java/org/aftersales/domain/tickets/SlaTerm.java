package org.aftersales.domain.tickets;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.LinkedHashMap;
import java.util.Map;
import org.aftersales.domain.shared.AuditedEntity;

/** T4, T5: the SLA hours of a fault level as an administrator set them (defaults seeded by migration 005). */
@Entity
@Table(name = "sla_term")
@Cacheable
public class SlaTerm extends AuditedEntity {

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "fault_level", length = 10)
    private FaultLevel level;

    @Column(name = "arrive_hours", nullable = false)
    private int arriveHours;

    @Column(name = "solution_hours")
    private Integer solutionHours;

    @Column(name = "resolve_hours", nullable = false)
    private int resolveHours;

    protected SlaTerm() {}

    public SlaTerms terms() {
        return SlaTerms.ofHours(level, arriveHours, solutionHours, resolveHours);
    }

    /** Validated through {@link SlaTerms}: every duration positive. */
    public void change(int arrive, Integer solution, int resolve) {
        SlaTerms.ofHours(level, arrive, solution, resolve);
        this.arriveHours = arrive;
        this.solutionHours = solution;
        this.resolveHours = resolve;
    }

    @Override
    public FaultLevel getId() {
        return level;
    }

    public FaultLevel getLevel() {
        return level;
    }

    public int getArriveHours() {
        return arriveHours;
    }

    public Integer getSolutionHours() {
        return solutionHours;
    }

    public int getResolveHours() {
        return resolveHours;
    }

    @Override
    protected Map<String, String> auditState() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("arriveHours", String.valueOf(arriveHours));
        state.put("solutionHours", String.valueOf(solutionHours));
        state.put("resolveHours", String.valueOf(resolveHours));
        return state;
    }
}
