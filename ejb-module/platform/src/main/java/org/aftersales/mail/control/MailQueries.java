package org.aftersales.mail.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.EnumMap;
import java.util.Map;
import org.aftersales.domain.mail.MailStatus;
import org.aftersales.domain.mail.OutgoingMail;
import org.aftersales.domain.shared.PageResult;

/** The administrators' list of the mail outbox: newest first, optionally of one status (index of migration 016). */
@Dependent
public class MailQueries {

    @PersistenceContext(unitName = "aftersales")
    private EntityManager em;

    public PageResult<OutgoingMail> find(MailStatus status, int first, int size) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<OutgoingMail> page = cb.createQuery(OutgoingMail.class);
        Root<OutgoingMail> m = page.from(OutgoingMail.class);
        page.select(m).where(filter(cb, m, status)).orderBy(cb.desc(m.get("id")));
        var items =
                em.createQuery(page).setFirstResult(first).setMaxResults(size).getResultList();

        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<OutgoingMail> c = count.from(OutgoingMail.class);
        count.select(cb.count(c)).where(filter(cb, c, status));
        long total = first == 0 && items.size() < size
                ? items.size()
                : em.createQuery(count).getSingleResult();
        return new PageResult<>(items, total);
    }

    public Map<MailStatus, Long> counts() {
        Map<MailStatus, Long> counts = new EnumMap<>(MailStatus.class);
        for (MailStatus s : MailStatus.values()) {
            counts.put(s, 0L);
        }
        em.createQuery("SELECT m.status, COUNT(m) FROM OutgoingMail m GROUP BY m.status", Object[].class)
                .getResultList()
                .forEach(row -> counts.put((MailStatus) row[0], (Long) row[1]));
        return counts;
    }

    private static Predicate[] filter(CriteriaBuilder cb, Root<OutgoingMail> m, MailStatus status) {
        return status == null ? new Predicate[0] : new Predicate[] {cb.equal(m.get("status"), status)};
    }
}
