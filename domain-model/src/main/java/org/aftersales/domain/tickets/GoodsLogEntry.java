package org.aftersales.domain.tickets;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * T6: a line of the goods in/out log (客户商品进出登记本) — every customer item taken in and handed
 * back, with its repair tag, condition and accessories. Append-only.
 */
@Entity
@Table(name = "goods_log")
public class GoodsLogEntry {

    public enum Direction {
        IN,
        OUT
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "ticket_number", nullable = false, updatable = false, length = 32)
    private String ticketNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "direction", nullable = false, updatable = false, length = 3)
    private Direction direction;

    @Column(name = "happened_at", nullable = false, updatable = false)
    private Instant at;

    @Column(name = "item", nullable = false, updatable = false, length = 200)
    private String item;

    @Column(name = "serial_number", updatable = false, length = 64)
    private String serialNumber;

    @Column(name = "item_condition", updatable = false, length = 500)
    private String condition;

    @Column(name = "person", updatable = false, length = 100)
    private String person;

    @Column(name = "recorded_by", nullable = false, updatable = false, length = 64)
    private String recordedBy;

    protected GoodsLogEntry() {}

    public GoodsLogEntry(
            String ticketNumber,
            Direction direction,
            Instant at,
            String item,
            String serialNumber,
            String condition,
            String person,
            String recordedBy) {
        this.ticketNumber = Objects.requireNonNull(ticketNumber);
        this.direction = Objects.requireNonNull(direction);
        this.at = Objects.requireNonNull(at);
        this.item = Objects.requireNonNull(item);
        this.serialNumber = serialNumber;
        this.condition = condition;
        this.person = person;
        this.recordedBy = Objects.requireNonNull(recordedBy);
    }

    public Long getId() {
        return id;
    }

    public String getTicketNumber() {
        return ticketNumber;
    }

    public Direction getDirection() {
        return direction;
    }

    public Instant getAt() {
        return at;
    }

    public String getItem() {
        return item;
    }

    public String getSerialNumber() {
        return serialNumber;
    }

    public String getCondition() {
        return condition;
    }

    public String getPerson() {
        return person;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
