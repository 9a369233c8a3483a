package org.aftersales.domain.quality;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aftersales.domain.accounts.Qualification;
import org.aftersales.domain.shared.AuditedEntity;

/** 售后服务人员基本情况表 (Q9): a service person's record with the qualifications held (M2). */
@Entity
@Table(name = "staff_record")
public class StaffRecord extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "full_name", nullable = false, length = 60)
    private String name;

    @Column(name = "username", length = 64)
    private String username;

    @Column(name = "department", length = 60)
    private String department;

    @Column(name = "education", length = 60)
    private String education;

    @Column(name = "job_title", length = 60)
    private String title;

    @Column(name = "skills", length = 1000)
    private String skills;

    @Column(name = "hire_date")
    private LocalDate hireDate;

    @OneToMany(mappedBy = "staff", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("expiresOn")
    private List<StaffQualification> qualifications = new ArrayList<>();

    protected StaffRecord() {}

    public StaffRecord(Details details) {
        change(details);
    }

    /** What the form holds besides the qualifications. */
    public record Details(
            String name,
            String username,
            String department,
            String education,
            String title,
            String skills,
            LocalDate hireDate) {}

    public void change(Details d) {
        this.name = d.name().strip();
        this.username = blankToNull(d.username());
        this.department = blankToNull(d.department());
        this.education = blankToNull(d.education());
        this.title = blankToNull(d.title());
        this.skills = blankToNull(d.skills());
        this.hireDate = d.hireDate();
    }

    public StaffQualification addQualification(
            Qualification kind, String certificateNumber, LocalDate issuedOn, LocalDate expiresOn) {
        StaffQualification q = new StaffQualification(this, kind, certificateNumber, issuedOn, expiresOn);
        qualifications.add(q);
        return q;
    }

    public boolean removeQualification(long qualificationId) {
        return qualifications.removeIf(q -> q.getId() != null && q.getId() == qualificationId);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getUsername() {
        return username;
    }

    public String getDepartment() {
        return department;
    }

    public String getEducation() {
        return education;
    }

    public String getTitle() {
        return title;
    }

    public String getSkills() {
        return skills;
    }

    public LocalDate getHireDate() {
        return hireDate;
    }

    public List<StaffQualification> getQualifications() {
        return Collections.unmodifiableList(qualifications);
    }

    @Override
    protected Map<String, String> auditState() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("username", username);
        m.put("department", department);
        m.put("education", education);
        m.put("title", title);
        m.put("hireDate", String.valueOf(hireDate));
        return m;
    }
}
