package org.aftersales.parts.control;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.aftersales.domain.parts.Part;
import org.aftersales.domain.parts.StockLevel;
import org.aftersales.domain.parts.StockMovement;
import org.aftersales.domain.parts.StockTake;
import org.aftersales.domain.parts.StockTakeLine;
import org.aftersales.parts.control.StockLevels.Key;

/**
 * P6: a stock-take's adjustments enter the ledger once its approval ends approved: the differences
 * (counted − book) as ADJUSTMENT_GAIN / ADJUSTMENT_LOSS lines under its number, the stock rows locked
 * in the one lock order — all or nothing (a loss larger than what is on hand now → 409, and the
 * approval's last decision is undone with it).
 */
@Stateless
public class StockTakePosting {

    @PersistenceContext(unitName = "aftersales")
    private EntityManager em;

    @EJB
    private StockLevels levels;

    @EJB
    private Warehouse warehouse;

    @Inject
    private StockTakeSearch search;

    public void post(StockTake take, String approvedBy, Instant now) {
        take.approve(approvedBy, now); // P6: submitted, and someone else than who counted (409 otherwise)
        List<StockTakeLine> differences = search.differences(take);
        TreeSet<Key> keys = new TreeSet<>();
        differences.forEach(l -> keys.add(new Key(take.getServicePoint(), l.getPartNumber())));
        Map<Key, StockLevel> locked = levels.lock(keys, true);
        Map<Key, Integer> before = Warehouse.onHand(locked);
        Map<String, Part> parts =
                warehouse.parts(keys.stream().map(Key::partNumber).toList());
        for (StockTakeLine line : differences) {
            Key key = new Key(take.getServicePoint(), line.getPartNumber());
            Part part = parts.get(line.getPartNumber());
            StockMovement movement = Warehouse.adjust(
                    locked.get(key),
                    key,
                    line.difference(),
                    part == null ? null : part.getPrice(),
                    take.getNumber(),
                    now,
                    approvedBy);
            em.persist(movement);
            line.posted(line.difference(), movement.getUnitCost());
        }
        em.flush();
        warehouse.announceLowStock(locked, before, now);
    }

    /** P6: how many lines differ and what they are worth at list price (Σ |difference| × price). */
    public record Adjustments(int lines, java.math.BigDecimal value) {}

    /** P6: the approval's summary and amount, from one read of the differing lines. */
    public Adjustments adjustments(StockTake take) {
        List<StockTakeLine> differences = search.differences(take);
        Map<String, Part> parts = warehouse.parts(
                differences.stream().map(StockTakeLine::getPartNumber).toList());
        java.math.BigDecimal total = java.math.BigDecimal.ZERO;
        for (StockTakeLine line : differences) {
            Part part = parts.get(line.getPartNumber());
            if (part != null && part.getPrice() != null) {
                total = total.add(part.getPrice().multiply(java.math.BigDecimal.valueOf(Math.abs(line.difference()))));
            }
        }
        return new Adjustments(differences.size(), total.setScale(2, java.math.RoundingMode.HALF_UP));
    }
}
