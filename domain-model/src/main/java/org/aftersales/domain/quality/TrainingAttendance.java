package org.aftersales.domain.quality;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One row of a 培训签到表 (Q9): who attended. */
@Entity
@Table(name = "training_attendance")
public class TrainingAttendance {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "session_id", nullable = false, updatable = false)
    private TrainingSession session;

    @Column(name = "full_name", nullable = false, length = 60)
    private String name;

    @Column(name = "department", length = 60)
    private String department;

    @Column(name = "username", length = 64)
    private String username;

    @Column(name = "signed_at", nullable = false)
    private Instant signedAt;

    protected TrainingAttendance() {}

    TrainingAttendance(TrainingSession session, String name, String department, String username, Instant at) {
        this.session = session;
        this.name = name.strip();
        this.department = department == null || department.isBlank() ? null : department.strip();
        this.username = username == null || username.isBlank() ? null : username.strip();
        this.signedAt = at;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getDepartment() {
        return department;
    }

    public String getUsername() {
        return username;
    }

    public Instant getSignedAt() {
        return signedAt;
    }
}
