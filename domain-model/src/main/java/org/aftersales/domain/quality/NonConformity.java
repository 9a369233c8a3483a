package org.aftersales.domain.quality;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.aftersales.domain.shared.AuditedEntity;

/** 不合格报告 (Q9): a non-conformity found, with what was done about it; may raise a CAPA. */
@Entity
@Table(name = "non_conformity")
public class NonConformity extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "found_on", nullable = false)
    private LocalDate foundOn;

    @Column(name = "model", length = 64)
    private String model;

    @Column(name = "serial_number", length = 64)
    private String serialNumber;

    @Column(name = "department", length = 60)
    private String department;

    @Column(name = "description", nullable = false, length = 2000)
    private String description;

    @Column(name = "disposition", length = 2000)
    private String disposition;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 10)
    private NonConformityState state;

    @Column(name = "reported_by", nullable = false, length = 64)
    private String reportedBy;

    protected NonConformity() {}

    public NonConformity(
            LocalDate foundOn,
            String model,
            String serialNumber,
            String department,
            String description,
            String disposition,
            NonConformityState state,
            String reportedBy) {
        change(foundOn, model, serialNumber, department, description, disposition, state, reportedBy);
    }

    /** Replaces what the form holds. */
    public void change(
            LocalDate foundOn,
            String model,
            String serialNumber,
            String department,
            String description,
            String disposition,
            NonConformityState state,
            String reportedBy) {
        this.foundOn = foundOn;
        this.model = clean(model);
        this.serialNumber = clean(serialNumber);
        this.department = clean(department);
        this.description = clean(description);
        this.disposition = clean(disposition);
        this.state = state;
        this.reportedBy = clean(reportedBy);
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    @Override
    public Long getId() {
        return id;
    }

    public LocalDate getFoundOn() {
        return foundOn;
    }

    public String getModel() {
        return model;
    }

    public String getSerialNumber() {
        return serialNumber;
    }

    public String getDepartment() {
        return department;
    }

    public String getDescription() {
        return description;
    }

    public String getDisposition() {
        return disposition;
    }

    public NonConformityState getState() {
        return state;
    }

    public String getReportedBy() {
        return reportedBy;
    }

    @Override
    protected Map<String, String> auditState() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("foundOn", String.valueOf(foundOn));
        m.put("model", String.valueOf(model));
        m.put("serialNumber", String.valueOf(serialNumber));
        m.put("department", String.valueOf(department));
        return m;
    }
}
