package org.aftersales.domain.quality;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.LinkedHashMap;
import java.util.Map;

/** 年度培训计划 (Q9, 4.2 培训): one line of a year's training plan. */
@Entity
@Table(name = "training_plan")
public class TrainingPlan extends TrainingRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "plan_year", nullable = false)
    private int planYear;

    @Column(name = "planned_month", length = 20)
    private String plannedMonth;

    @Column(name = "audience", length = 200)
    private String audience;

    protected TrainingPlan() {}

    public TrainingPlan(
            int planYear, String topic, String plannedMonth, String audience, String trainer, String content) {
        change(planYear, topic, plannedMonth, audience, trainer, content);
    }

    /** Replaces what the form holds. */
    public void change(
            int planYear, String topic, String plannedMonth, String audience, String trainer, String content) {
        this.planYear = planYear;
        describe(topic, trainer, content);
        this.plannedMonth = clean(plannedMonth);
        this.audience = clean(audience);
    }

    @Override
    public Long getId() {
        return id;
    }

    public int getPlanYear() {
        return planYear;
    }

    public String getPlannedMonth() {
        return plannedMonth;
    }

    public String getAudience() {
        return audience;
    }

    @Override
    protected Map<String, String> auditState() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("planYear", String.valueOf(planYear));
        m.put("topic", String.valueOf(getTopic()));
        m.put("plannedMonth", String.valueOf(plannedMonth));
        m.put("audience", String.valueOf(audience));
        return m;
    }
}
