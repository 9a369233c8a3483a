package org.aftersales.domain.billing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * B6: one line of an expense claim — its category, what it was for, the amount (to the cent) and how
 * many receipts (原始票据) back it; optionally the one ticket of the claim it belongs to (else it is
 * shared by the claim's tickets).
 */
@Entity
@Table(name = "expense_claim_line")
public class ExpenseClaimLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "claim_id", nullable = false, updatable = false)
    private ExpenseClaim claim;

    @Column(name = "line_no", nullable = false, updatable = false)
    private int lineNo;

    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false, length = 20)
    private ExpenseCategory category;

    @Column(name = "description", nullable = false, length = 200)
    private String description;

    @Column(name = "amount", nullable = false, precision = 14, scale = 2)
    private BigDecimal amount;

    @Column(name = "receipts", nullable = false)
    private int receipts;

    @Column(name = "ticket_number", length = 32)
    private String ticketNumber;

    protected ExpenseClaimLine() {}

    ExpenseClaimLine(ExpenseClaim claim, int lineNo, ExpenseClaim.Line line) {
        this.claim = claim;
        this.lineNo = lineNo;
        this.category = Objects.requireNonNull(line.category());
        this.description = Objects.requireNonNull(line.description());
        this.amount = Cents.of(line.amount());
        this.receipts = line.receipts();
        this.ticketNumber = line.ticketNumber();
    }

    /** B6: the handler corrected the line of a rejected claim before resubmitting it. */
    void correct(ExpenseClaim.Line line) {
        this.category = Objects.requireNonNull(line.category());
        this.description = Objects.requireNonNull(line.description());
        this.amount = Cents.of(line.amount());
        this.receipts = line.receipts();
        this.ticketNumber = line.ticketNumber();
    }

    public int getLineNo() {
        return lineNo;
    }

    public ExpenseCategory getCategory() {
        return category;
    }

    public String getDescription() {
        return description;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public int getReceipts() {
        return receipts;
    }

    public String getTicketNumber() {
        return ticketNumber;
    }
}
