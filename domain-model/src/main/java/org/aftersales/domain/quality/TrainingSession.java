package org.aftersales.domain.quality;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** A training session held (Q9), with its sign-in sheet (培训签到表). */
@Entity
@Table(name = "training_session")
public class TrainingSession extends TrainingRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "plan_id")
    private Long planId;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(name = "place", length = 100)
    private String place;

    protected TrainingSession() {}

    public TrainingSession(Long planId, String topic, LocalDate heldOn, String place, String trainer, String content) {
        change(planId, topic, heldOn, place, trainer, content);
    }

    /** Replaces what the form holds. */
    public void change(Long planId, String topic, LocalDate heldOn, String place, String trainer, String content) {
        this.planId = planId;
        describe(topic, trainer, content);
        this.heldOn = heldOn;
        this.place = clean(place);
    }

    /** The sign-in sheet's rows, in the order signed. */
    @jakarta.persistence.OneToMany(
            mappedBy = "session",
            cascade = jakarta.persistence.CascadeType.ALL,
            orphanRemoval = true,
            fetch = jakarta.persistence.FetchType.EAGER)
    @jakarta.persistence.OrderBy("id")
    private java.util.List<TrainingAttendance> attendance = new java.util.ArrayList<>();

    public TrainingAttendance signIn(String name, String department, String username, java.time.Instant at) {
        TrainingAttendance row = new TrainingAttendance(this, name, department, username, at);
        attendance.add(row);
        return row;
    }

    public java.util.List<TrainingAttendance> getAttendance() {
        return java.util.Collections.unmodifiableList(attendance);
    }

    @Override
    public Long getId() {
        return id;
    }

    public Long getPlanId() {
        return planId;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public String getPlace() {
        return place;
    }

    @Override
    protected Map<String, String> auditState() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("planId", String.valueOf(planId));
        m.put("topic", String.valueOf(getTopic()));
        m.put("heldOn", String.valueOf(heldOn));
        m.put("place", String.valueOf(place));
        return m;
    }
}
