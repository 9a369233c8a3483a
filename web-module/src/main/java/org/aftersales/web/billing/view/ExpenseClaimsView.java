package org.aftersales.web.billing.view;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.aftersales.billing.boundary.ExpenseClaims;
import org.aftersales.billing.boundary.ExpenseViews.ClaimInput;
import org.aftersales.billing.boundary.ExpenseViews.ClaimLineInput;
import org.aftersales.billing.boundary.ExpenseViews.ClaimView;
import org.aftersales.domain.billing.ExpenseCategory;
import org.aftersales.domain.billing.ExpenseClaimType;
import org.aftersales.web.shared.view.Feedback;

/** B6: my expense claims and a new claim with editable lines (经办人). */
@Named
@ViewScoped
public class ExpenseClaimsView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A line of the form. */
    public static class LineRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private ExpenseCategory category = ExpenseCategory.TRAVEL_ALLOWANCE;
        private String description;
        private BigDecimal amount;
        private Integer receipts = 0;
        private String ticketNumber;

        public ExpenseCategory getCategory() {
            return category;
        }

        public void setCategory(ExpenseCategory category) {
            this.category = category;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public BigDecimal getAmount() {
            return amount;
        }

        public void setAmount(BigDecimal amount) {
            this.amount = amount;
        }

        public Integer getReceipts() {
            return receipts;
        }

        public void setReceipts(Integer receipts) {
            this.receipts = receipts;
        }

        public String getTicketNumber() {
            return ticketNumber;
        }

        public void setTicketNumber(String ticketNumber) {
            this.ticketNumber = ticketNumber;
        }
    }

    @EJB
    private ExpenseClaims claims;

    private List<ClaimView> mine;
    private ExpenseClaimType type = ExpenseClaimType.STANDARD;
    private String department;
    private String project;
    private String tickets;
    private final List<LineRow> lines = new ArrayList<>();

    /** B6: {@code ?correct=<number>}: the handler's rejected claim, loaded into the form to resubmit. */
    @jakarta.inject.Inject
    @org.omnifaces.cdi.Param(name = "correct")
    private String correct;

    private String correcting;

    @PostConstruct
    void load() {
        mine = claims.mine(null, 0, 100).items();
        if (correcting == null && correct != null && !correct.isBlank()) {
            correctOf(correct.strip());
        }
        if (lines.isEmpty()) {
            lines.add(new LineRow());
        }
    }

    /** The rejected (or withdrawn) claim of the caller, in the form; anything else is left alone. */
    private void correctOf(String number) {
        try {
            ClaimView c = claims.get(number);
            if (c.state() != org.aftersales.domain.billing.ExpenseClaimState.REJECTED
                    && c.state() != org.aftersales.domain.billing.ExpenseClaimState.WITHDRAWN) {
                return;
            }
            correcting = c.number();
            type = c.type();
            department = c.department();
            project = c.project();
            tickets = String.join(", ", c.ticketNumbers());
            lines.clear();
            c.lines().forEach(l -> {
                LineRow row = new LineRow();
                row.setCategory(l.category());
                row.setDescription(l.description());
                row.setAmount(l.amount());
                row.setReceipts(l.receipts());
                row.setTicketNumber(l.ticketNumber());
                lines.add(row);
            });
        } catch (RuntimeException e) {
            correcting = null; // not the caller's, or unknown: a new claim as usual
        }
    }

    /** The number of the rejected claim being corrected, or null for a new claim. */
    public String getCorrecting() {
        return correcting;
    }

    public void addLine() {
        lines.add(new LineRow());
    }

    public void removeLine(int index) {
        if (lines.size() > 1 && index >= 0 && index < lines.size()) {
            lines.remove(index);
        }
    }

    public void file() {
        try {
            List<String> ticketNumbers = tickets == null || tickets.isBlank()
                    ? List.of()
                    : Arrays.stream(tickets.split("[,，\\s]+"))
                            .filter(t -> !t.isBlank())
                            .toList();
            ClaimInput input = new ClaimInput(
                    type,
                    department == null ? "" : department.strip().toUpperCase(java.util.Locale.ROOT),
                    project,
                    ticketNumbers,
                    lines.stream()
                            .map(l -> new ClaimLineInput(
                                    l.getCategory(),
                                    l.getDescription() == null ? "" : l.getDescription(),
                                    l.getAmount(),
                                    l.getReceipts() == null ? 0 : l.getReceipts(),
                                    l.getTicketNumber()))
                            .toList());
            ClaimView c;
            if (correcting != null) {
                c = claims.resubmit(correcting, input);
                Feedback.info("expenses.resubmitted", c.number(), c.total().toPlainString());
                correcting = null;
            } else {
                c = claims.file(input);
                Feedback.info("expenses.filed", c.number(), c.total().toPlainString());
            }
            lines.clear();
            project = null;
            tickets = null;
            load();
        } catch (RuntimeException e) {
            Feedback.failed(e, "claimForm");
        }
    }

    public ExpenseCategory[] getCategories() {
        return ExpenseCategory.values();
    }

    public ExpenseClaimType[] getTypes() {
        return ExpenseClaimType.values();
    }

    public List<ClaimView> getMine() {
        return mine;
    }

    public List<LineRow> getLines() {
        return lines;
    }

    public ExpenseClaimType getType() {
        return type;
    }

    public void setType(ExpenseClaimType type) {
        this.type = type;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public String getProject() {
        return project;
    }

    public void setProject(String project) {
        this.project = project;
    }

    public String getTickets() {
        return tickets;
    }

    public void setTickets(String tickets) {
        this.tickets = tickets;
    }
}
