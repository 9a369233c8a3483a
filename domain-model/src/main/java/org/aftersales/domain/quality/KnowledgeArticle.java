package org.aftersales.domain.quality;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.LinkedHashMap;
import java.util.Map;
import org.aftersales.domain.shared.AuditedEntity;

/** 培训知识库 (Q9): a fault case or maintenance know-how, found by model and words. */
@Entity
@NamedQuery(
        name = "KnowledgeArticle.byModel",
        query = "SELECT a FROM KnowledgeArticle a WHERE a.model = :model ORDER BY a.id DESC")
@Table(name = "knowledge_article")
public class KnowledgeArticle extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private KnowledgeKind kind;

    @Column(name = "model", length = 64)
    private String model;

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Column(name = "symptom", length = 2000)
    private String symptom;

    @Column(name = "cause", length = 2000)
    private String cause;

    @Column(name = "remedy", length = 4000)
    private String remedy;

    @Column(name = "keywords", length = 500)
    private String keywords;

    protected KnowledgeArticle() {}

    public KnowledgeArticle(
            KnowledgeKind kind,
            String model,
            String title,
            String symptom,
            String cause,
            String remedy,
            String keywords) {
        change(kind, model, title, symptom, cause, remedy, keywords);
    }

    /** Replaces what the form holds. */
    public void change(
            KnowledgeKind kind,
            String model,
            String title,
            String symptom,
            String cause,
            String remedy,
            String keywords) {
        this.kind = kind;
        this.model = clean(model);
        this.title = clean(title);
        this.symptom = clean(symptom);
        this.cause = clean(cause);
        this.remedy = clean(remedy);
        this.keywords = clean(keywords);
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    @Override
    public Long getId() {
        return id;
    }

    public KnowledgeKind getKind() {
        return kind;
    }

    public String getModel() {
        return model;
    }

    public String getTitle() {
        return title;
    }

    public String getSymptom() {
        return symptom;
    }

    public String getCause() {
        return cause;
    }

    public String getRemedy() {
        return remedy;
    }

    public String getKeywords() {
        return keywords;
    }

    @Override
    protected Map<String, String> auditState() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("kind", String.valueOf(kind));
        m.put("model", String.valueOf(model));
        m.put("title", String.valueOf(title));
        m.put("symptom", String.valueOf(symptom));
        return m;
    }
}
