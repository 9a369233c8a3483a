package org.aftersales.domain.billing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * B5: a ticket's actual cost as booked — when the ticket is resolved, and again when its costs change
 * afterwards (e.g. an expense claim of it is approved) — with the cost centre that carries it and the
 * department and year whose budget it counts against (the year of the first booking).
 */
@Entity
@Table(name = "cost_booking")
@NamedQuery(name = "CostBooking.ofTicket", query = "SELECT b FROM CostBooking b WHERE b.ticketNumber = :ticket")
@NamedQuery(
        name = "CostBooking.spent",
        query = "SELECT SUM(b.total) FROM CostBooking b WHERE b.department = :department AND b.year = :year"
                + " AND b.costCentre IN :centres")
public class CostBooking {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "ticket_number", nullable = false, unique = true, updatable = false, length = 32)
    private String ticketNumber;

    @Column(name = "department", nullable = false, updatable = false, length = 8)
    private String department;

    @Column(name = "booking_year", nullable = false, updatable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(name = "cost_centre", nullable = false, length = 16)
    private CostCentre costCentre;

    @Column(name = "parts", nullable = false, precision = 14, scale = 2)
    private BigDecimal parts;

    @Column(name = "labour", nullable = false, precision = 14, scale = 2)
    private BigDecimal labour;

    @Column(name = "travel_allowance", nullable = false, precision = 14, scale = 2)
    private BigDecimal travelAllowance;

    @Column(name = "rental", nullable = false, precision = 14, scale = 2)
    private BigDecimal rental;

    @Column(name = "freight", nullable = false, precision = 14, scale = 2)
    private BigDecimal freight;

    @Column(name = "total", nullable = false, precision = 14, scale = 2)
    private BigDecimal total;

    @Column(name = "booked_at", nullable = false)
    private Instant bookedAt;

    @Version
    private long version;

    protected CostBooking() {}

    public CostBooking(String ticketNumber, String department, int year) {
        this.ticketNumber = Objects.requireNonNull(ticketNumber);
        this.department = Objects.requireNonNull(department);
        this.year = year;
    }

    /** Books (again) the ticket's cost as it stands now. */
    public void book(TicketCost cost, Instant at) {
        this.costCentre = cost.costCentre();
        this.parts = cost.amount(CostCategory.PARTS);
        this.labour = cost.amount(CostCategory.LABOUR);
        this.travelAllowance = cost.amount(CostCategory.TRAVEL_ALLOWANCE);
        this.rental = cost.amount(CostCategory.RENTAL);
        this.freight = cost.amount(CostCategory.FREIGHT);
        this.total = cost.total();
        this.bookedAt = Objects.requireNonNull(at);
    }

    /** B5: the cost centres whose costs count against a department's budget. */
    public static List<CostCentre> onBudget() {
        return java.util.Arrays.stream(CostCentre.values())
                .filter(CostCentre::onBudget)
                .toList();
    }

    public String getTicketNumber() {
        return ticketNumber;
    }

    public String getDepartment() {
        return department;
    }

    public int getYear() {
        return year;
    }

    public CostCentre getCostCentre() {
        return costCentre;
    }

    public BigDecimal getTotal() {
        return total;
    }

    public Instant getBookedAt() {
        return bookedAt;
    }
}
