package org.aftersales.domain.tickets;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * T4, T5: remembers that the SLA watch raised an alert, so that a deadline of a ticket is announced
 * as near once and as missed once, also when several nodes run the watch. The key is
 * ticket/deadline/stage/deadline instant: a reopened ticket's new deadlines alert again.
 */
@Entity
@Table(name = "sla_alert")
public class SlaAlert {

    public enum Stage {
        DUE_SOON,
        BREACHED
    }

    @Id
    @Column(name = "alert_key", length = 120)
    private String key;

    @Column(name = "raised_at", nullable = false)
    private Instant raisedAt;

    protected SlaAlert() {}

    public SlaAlert(String ticketNumber, SlaDeadline deadline, Stage stage, Instant due, Instant raisedAt) {
        this.key = keyOf(ticketNumber, deadline, stage, due);
        this.raisedAt = raisedAt;
    }

    public static String keyOf(String ticketNumber, SlaDeadline deadline, Stage stage, Instant due) {
        return ticketNumber + "/" + deadline + "/" + stage + "/" + due.getEpochSecond();
    }

    public String getKey() {
        return key;
    }

    public Instant getRaisedAt() {
        return raisedAt;
    }
}
