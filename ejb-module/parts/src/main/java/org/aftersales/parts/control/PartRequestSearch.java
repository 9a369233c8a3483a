package org.aftersales.parts.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import org.aftersales.domain.parts.PartRequest;
import org.aftersales.domain.parts.PartRequestStatus;
import org.aftersales.domain.shared.PageResult;
import org.aftersales.support.query.Listing;

/** P4: the part requests of a ticket, or the warehouse's queue by status and service point. */
@Dependent
public class PartRequestSearch {

    @PersistenceContext(unitName = "aftersales")
    private EntityManager em;

    /** Newest first. */
    public PageResult<PartRequest> requests(
            String ticketNumber, PartRequestStatus status, String servicePoint, int first, int size) {
        return Listing.of(em, PartRequest.class)
                .where((cb, r) -> {
                    List<Predicate> where = new ArrayList<>();
                    if (Listing.given(ticketNumber)) {
                        where.add(cb.equal(r.get("ticketNumber"), ticketNumber.strip()));
                    }
                    if (status != null) {
                        where.add(cb.equal(r.get("status"), status));
                    }
                    if (Listing.given(servicePoint)) {
                        where.add(cb.equal(r.get("servicePoint"), Warehouse.code(servicePoint)));
                    }
                    return where;
                })
                .page(first, size);
    }
}
