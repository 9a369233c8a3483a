package org.aftersales.parts.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.aftersales.domain.numbering.DocumentKind;
import org.aftersales.domain.parts.InsufficientStockException;
import org.aftersales.domain.parts.MovementType;
import org.aftersales.domain.parts.Part;
import org.aftersales.domain.parts.ServicePoint;
import org.aftersales.domain.parts.StockLevel;
import org.aftersales.domain.parts.StockMovement;
import org.aftersales.domain.parts.StockRules;
import org.aftersales.domain.shared.ConflictException;
import org.aftersales.domain.shared.DomainEvent;
import org.aftersales.events.boundary.DomainEvents;
import org.aftersales.numbering.boundary.DocumentNumbers;
import org.aftersales.parts.boundary.StockEvents;
import org.aftersales.parts.control.StockLevels.Key;
import org.aftersales.settings.boundary.BusinessCalendar;
import org.aftersales.settings.boundary.SettingReader;
import org.aftersales.tickets.boundary.TicketService;

/**
 * What every document of the warehouse needs: its T10 number, the service points, parts and tickets
 * it names (looked up for the boundaries' constraints, {@link Checks}), and the P6 low-stock
 * announcement after stock has left.
 */
@Stateless
@PermitAll
public class Warehouse {

    public static final String DEFAULT_DEPARTMENT = "service.default-department";

    @Inject
    private BusinessCalendar calendar;

    @PersistenceContext(unitName = "aftersales")
    private EntityManager em;

    @EJB
    private DocumentNumbers numbers;

    @Inject
    private SettingReader settings;

    @EJB
    private DomainEvents events;

    @EJB
    private TicketService tickets;

    /**
     * T10: the next number of this kind of document (its own series per department and month), drawn
     * in the caller's transaction (after its stock rows are locked).
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public String number(DocumentKind kind, Instant now) {
        return numbers.next(kind, department(), YearMonth.from(now.atZone(calendar.zone())))
                .toString();
    }

    /** T10: the department code of the warehouse's documents and approvals (a setting). */
    public String department() {
        return settings.text(DEFAULT_DEPARTMENT, "YX");
    }

    /** A service point's code as stored: without surrounding blanks, upper case. */
    public static String code(String code) {
        return code == null ? null : code.strip().toUpperCase(Locale.ROOT);
    }

    /** The service point of this code (as stored, see {@link #code}). */
    public Optional<ServicePoint> servicePoint(String code) {
        return em.createNamedQuery("ServicePoint.byCode", ServicePoint.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    /** The catalogue's part of this number (without surrounding blanks). */
    public Optional<Part> part(String partNumber) {
        return em.createNamedQuery("Part.byNumber", Part.class)
                .setParameter("number", partNumber)
                .getResultStream()
                .findFirst();
    }

    /** The catalogue's parts of these numbers, by number. */
    public Map<String, Part> parts(Collection<String> numbers) {
        return numbers.isEmpty()
                ? Map.of()
                : em.createNamedQuery("Part.byNumbers", Part.class)
                        .setParameter("numbers", numbers)
                        .getResultStream()
                        .collect(Collectors.toMap(Part::getPartNumber, Function.identity()));
    }

    /** Whether the ticket exists, asked through the tickets context's boundary. */
    public boolean ticket(String number) {
        return tickets.find(number).isPresent();
    }

    /**
     * P6: takes {@code quantity} from a locked level (absent: nothing on hand); not enough → the
     * 409 that rolls the whole document back.
     */
    public static StockMovement take(
            StockLevel level, Key key, MovementType type, int quantity, String number, Instant now, String by) {
        if (level == null) {
            throw new ConflictException("error.notEnoughStock", key.partNumber(), key.servicePoint(), 0, quantity);
        }
        try {
            return level.take(type, quantity, number, now, by);
        } catch (InsufficientStockException e) {
            throw new ConflictException(
                    "error.notEnoughStock", key.partNumber(), key.servicePoint(), e.onHand(), e.wanted());
        }
    }

    /**
     * P6: the stock-take's adjustment of a locked level by {@code difference} (counted − book); a
     * loss larger than what is on hand now (moved out since the count: recount) → 409.
     */
    public static StockMovement adjust(
            StockLevel level,
            Key key,
            int difference,
            java.math.BigDecimal price,
            String number,
            Instant now,
            String by) {
        try {
            return level.adjust(difference, price, number, now, by);
        } catch (InsufficientStockException e) {
            throw new ConflictException(
                    "error.notEnoughStock", key.partNumber(), key.servicePoint(), e.onHand(), e.wanted());
        }
    }

    /** The quantities on hand of locked levels, before they change. */
    public static Map<Key, Integer> onHand(Map<Key, StockLevel> locked) {
        Map<Key, Integer> before = new LinkedHashMap<>();
        locked.forEach((k, v) -> before.put(k, v.getOnHand()));
        return before;
    }

    /** P6: tells (once, when it crosses) that a level fell below its minimum; delivered when this commits. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void announceLowStock(Map<Key, StockLevel> locked, Map<Key, Integer> before, Instant now) {
        locked.forEach((key, level) -> {
            Integer was = before.get(key);
            if (was != null && StockRules.fallsBelowMinimum(level.getMinimum(), was, level.getOnHand())) {
                events.publish(DomainEvent.of(
                        StockEvents.BELOW_MINIMUM,
                        now,
                        Map.of(
                                "servicePoint",
                                key.servicePoint(),
                                "partNumber",
                                key.partNumber(),
                                "onHand",
                                String.valueOf(level.getOnHand()),
                                "minimum",
                                String.valueOf(level.getMinimum()))));
            }
        });
    }
}
