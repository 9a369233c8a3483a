package org.aftersales.domain.tickets.maintenance;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import org.aftersales.domain.shared.Text;

/** M2: one item of a maintenance plan — the kind of work and what exactly to do. */
@Embeddable
public class WorkItem {

    public static final int DESCRIPTION_MAX = 500;

    @Enumerated(EnumType.STRING)
    @Column(name = "work_type", nullable = false, length = 20)
    private WorkType type;

    @Column(name = "description", length = DESCRIPTION_MAX)
    private String description;

    protected WorkItem() {}

    public WorkItem(WorkType type, String description) {
        this.type = Objects.requireNonNull(type, "The work type is required.");
        this.description = Text.optional(description);
        if (this.description != null && this.description.length() > DESCRIPTION_MAX) {
            throw new IllegalArgumentException("The description is too long.");
        }
    }

    public WorkType getType() {
        return type;
    }

    public String getDescription() {
        return description;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WorkItem w && type == w.type && Objects.equals(description, w.description);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, description);
    }

    @Override
    public String toString() {
        return description == null ? type.name() : type.name() + ": " + description;
    }
}
