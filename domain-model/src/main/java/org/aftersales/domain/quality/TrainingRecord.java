package org.aftersales.domain.quality;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import org.aftersales.domain.shared.AuditedEntity;

/**
 * What a training plan line (年度培训计划) and a session held share (Q9, 4.2 培训): the topic, the
 * trainer and the content, with the one edit rule for them (blank → none, text stripped). The columns
 * are the ones both tables already have ({@code topic}, {@code trainer}, {@code content}).
 */
@MappedSuperclass
public abstract class TrainingRecord extends AuditedEntity {

    @Column(name = "topic", nullable = false, length = 200)
    private String topic;

    @Column(name = "trainer", length = 60)
    private String trainer;

    @Column(name = "content", length = 2000)
    private String content;

    /** Replaces what both forms hold. */
    protected final void describe(String topic, String trainer, String content) {
        this.topic = clean(topic);
        this.trainer = clean(trainer);
        this.content = clean(content);
    }

    /** A form's text as kept: none when blank, else stripped. */
    protected static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public String getTopic() {
        return topic;
    }

    public String getTrainer() {
        return trainer;
    }

    public String getContent() {
        return content;
    }
}
