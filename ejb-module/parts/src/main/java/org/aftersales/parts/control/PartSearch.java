package org.aftersales.parts.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.aftersales.domain.parts.Part;
import org.aftersales.domain.parts.ServicePoint;
import org.aftersales.domain.shared.PageResult;
import org.aftersales.support.query.Listing;

/** P1, P6: the catalogue's and the service points' lists. */
@Dependent
public class PartSearch {

    @PersistenceContext(unitName = "aftersales")
    private EntityManager em;

    /**
     * P1: by part number, name, fitting model or supplier (part of it, any case; what is typed is
     * taken literally, {@code %} and {@code _} too), in part-number order.
     */
    public PageResult<Part> parts(String query, int first, int size) {
        return Listing.of(em, Part.class)
                .where((cb, p) -> !Listing.given(query)
                        ? List.of()
                        : List.of(cb.or(
                                Listing.contains(cb, p.get("partNumber"), query),
                                Listing.contains(cb, p.get("name"), query),
                                Listing.contains(cb, p.get("fittingModels"), query),
                                Listing.contains(cb, p.get("supplier"), query))))
                .orderBy((cb, p) -> List.of(cb.asc(p.get("partNumber"))))
                .page(first, size);
    }

    /** P6: the service points by code. */
    public PageResult<ServicePoint> servicePoints(int first, int size) {
        return Listing.of(em, ServicePoint.class)
                .orderBy((cb, s) -> List.of(cb.asc(s.get("code"))))
                .page(first, size);
    }
}
