package org.aftersales.billing.control;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.aftersales.billing.boundary.ModelOrigins;
import org.aftersales.billing.boundary.TicketExpenses;
import org.aftersales.domain.billing.Cents;
import org.aftersales.domain.billing.CostBooking;
import org.aftersales.domain.billing.CostCentre;
import org.aftersales.domain.billing.CostRouting;
import org.aftersales.domain.billing.Payer;
import org.aftersales.domain.billing.SupplierClaim;
import org.aftersales.domain.billing.TicketCost;
import org.aftersales.domain.numbering.DocumentKind;
import org.aftersales.numbering.boundary.DocumentNumbers;
import org.aftersales.parts.boundary.StockService;
import org.aftersales.parts.boundary.StockService.IssuedPart;
import org.aftersales.settings.boundary.BusinessCalendar;
import org.aftersales.settings.boundary.SettingReader;
import org.aftersales.tickets.boundary.TicketViews.TicketView;

/**
 * B5: works out a ticket's actual cost — parts issued to it at issue cost (the parts context's
 * ledger, through {@link StockService}), recorded hours × the internal cost rate (the setting
 * {@value #INTERNAL_RATE}), the approved expenses of its claims ({@link TicketExpenses}) — and its cost
 * centre ({@link CostRouting}, the model's origin from {@link ModelOrigins}); and books it: the
 * booking, for a bought-in model the claim on its supplier (opened once, following the cost while
 * OPEN), and the budget's warnings.
 */
@Dependent
public class CostBooker {

    public static final String INTERNAL_RATE = "billing.internal-labour-rate";

    @PersistenceContext(unitName = "aftersales")
    private EntityManager em;

    @EJB
    private StockService stock;

    @EJB
    private ModelOrigins origins;

    @EJB
    private TicketExpenses expenses;

    @Inject
    private SettingReader settings;

    @Inject
    private BusinessCalendar calendar;

    @EJB
    private DocumentNumbers numbers;

    @Inject
    private CostSearch search;

    @Inject
    private BudgetWatch budgets;

    /** The cost as it stands now, with the origin of the ticket's model (empty when unknown). */
    public Costed cost(TicketView ticket) {
        Optional<ModelOrigins.Origin> origin = origins.of(ticket.serialNumber(), ticket.model());
        CostCentre centre = CostRouting.route(
                Payer.of(ticket.entitlement()),
                origin.map(ModelOrigins.Origin::origin).orElse(null)); // B5
        List<BigDecimal> parts = stock.issuedToTicket(ticket.number()).stream()
                .map(IssuedPart::amount)
                .toList();
        TicketCost cost =
                TicketCost.of(parts, ticket.hours(), internalRate(), expenses.approvedAmounts(ticket.number()), centre);
        return new Costed(cost, origin);
    }

    /** B5: books the ticket's cost as it stands now; the claim on the supplier and the budget follow. */
    public Costed book(TicketView ticket, String by) {
        Costed costed = cost(ticket);
        Instant now = calendar.now();
        CostBooking booking = search.lockedBooking(ticket.number()).orElseGet(() -> {
            CostBooking fresh = new CostBooking(
                    ticket.number(),
                    ticket.department(),
                    now.atZone(calendar.zone()).getYear());
            em.persist(fresh);
            return fresh;
        });
        booking.book(costed.cost(), now);
        if (costed.cost().costCentre() == CostCentre.SUPPLIER_CLAIM) {
            Optional<SupplierClaim> claim = search.claimOfTicket(ticket.number());
            if (claim.isPresent()) {
                claim.get().follow(costed.cost().total());
            } else {
                ModelOrigins.Origin origin = costed.origin().orElseThrow();
                String number = numbers.next(
                                DocumentKind.SUPPLIER_CLAIM,
                                ticket.department(),
                                YearMonth.from(now.atZone(calendar.zone())))
                        .toString();
                em.persist(new SupplierClaim(
                        number,
                        ticket.number(),
                        ticket.department(),
                        origin.supplier() == null ? "-" : origin.supplier(),
                        origin.model(),
                        ticket.serialNumber(),
                        costed.cost().total(),
                        by,
                        now));
            }
        }
        em.flush();
        budgets.check(booking.getDepartment(), booking.getYear());
        return costed;
    }

    /** B5: the internal cost of a work hour; an unreadable setting counts as 0.00. */
    public BigDecimal internalRate() {
        try {
            return Cents.of(new BigDecimal(settings.text(INTERNAL_RATE, "0").strip()));
        } catch (NumberFormatException e) {
            return Cents.ZERO;
        }
    }

    /** A cost and the origin of the model it was routed by. */
    public record Costed(TicketCost cost, Optional<ModelOrigins.Origin> origin) {}
}
