package org.aftersales.parts.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.aftersales.domain.numbering.DocumentKind;
import org.aftersales.domain.parts.InsufficientStockException;
import org.aftersales.domain.parts.MovementType;
import org.aftersales.domain.parts.Part;
import org.aftersales.domain.parts.StockLevel;
import org.aftersales.domain.parts.StockMovement;
import org.aftersales.domain.parts.StockRules;
import org.aftersales.domain.shared.ConflictException;
import org.aftersales.domain.shared.DomainEvent;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.events.boundary.DomainEvents;
import org.aftersales.numbering.boundary.DocumentNumbers;
import org.aftersales.parts.boundary.StockEvents;
import org.aftersales.parts.control.StockLevels.Key;
import org.aftersales.settings.boundary.BusinessCalendar;
import org.aftersales.settings.boundary.Settings;

/**
 * What every document of the warehouse needs: its T10 number, the checks of service points and
 * parts named at the boundary, and the P6 low-stock announcement after stock has left.
 */
@Stateless
@PermitAll
public class Warehouse {

    public static final String DEFAULT_DEPARTMENT = "service.default-department";

    @EJB
    private BusinessCalendar calendar;

    @PersistenceContext(unitName = "aftersales")
    private EntityManager em;

    @EJB
    private DocumentNumbers numbers;

    @EJB
    private Settings settings;

    @EJB
    private DomainEvents events;

    /**
     * T10: the next number of this kind of document (its own series per department and month), drawn
     * in the caller's transaction (after its stock rows are locked).
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public String number(DocumentKind kind, Instant now) {
        return numbers.next(kind, settings.text(DEFAULT_DEPARTMENT, "YX"), YearMonth.from(now.atZone(calendar.zone()))).toString();
    }

    /** The service point's code, upper case; a missing or unknown one adds its error. */
    public String servicePoint(List<FieldError> errors, String field, String code) {
        if (code == null || code.isBlank()) {
            errors.add(FieldError.of(field, "validation.required"));
            return null;
        }
        String normal = code.strip().toUpperCase(Locale.ROOT);
        if (em.createQuery("SELECT COUNT(s) FROM ServicePoint s WHERE s.code = :c", Long.class).setParameter("c", normal)
                .getSingleResult() == 0) {
            errors.add(FieldError.of(field, "validation.unknownServicePoint", code));
        }
        return normal;
    }

    /** The catalogue's part; a missing or unknown number adds its error. */
    public Optional<Part> part(List<FieldError> errors, String field, String partNumber) {
        if (partNumber == null || partNumber.isBlank()) {
            errors.add(FieldError.of(field, "validation.required"));
            return Optional.empty();
        }
        Optional<Part> part = em.createQuery("SELECT p FROM Part p WHERE p.partNumber = :n", Part.class)
                .setParameter("n", partNumber.strip()).getResultStream().findFirst();
        if (part.isEmpty()) {
            errors.add(FieldError.of(field, "validation.unknownPart", partNumber));
        }
        return part;
    }

    /**
     * P6: takes {@code quantity} from a locked level (absent: nothing on hand); not enough → the
     * 409 that rolls the whole document back.
     */
    public static StockMovement take(StockLevel level, Key key, MovementType type, int quantity, String number,
            Instant now, String by) {
        if (level == null) {
            throw new ConflictException("error.notEnoughStock", key.partNumber(), key.servicePoint(), 0, quantity);
        }
        try {
            return level.take(type, quantity, number, now, by);
        } catch (InsufficientStockException e) {
            throw new ConflictException("error.notEnoughStock", key.partNumber(), key.servicePoint(), e.onHand(),
                    e.wanted());
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
                events.publish(DomainEvent.of(StockEvents.BELOW_MINIMUM, now, Map.of("servicePoint",
                        key.servicePoint(), "partNumber", key.partNumber(), "onHand",
                        String.valueOf(level.getOnHand()), "minimum", String.valueOf(level.getMinimum()))));
            }
        });
    }
}
