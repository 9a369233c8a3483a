package org.aftersales.reference.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.aftersales.domain.accounts.Roles;
import org.aftersales.domain.reference.ListEntry;
import org.aftersales.domain.reference.ProductCategory;
import org.aftersales.domain.reference.Region;
import org.aftersales.domain.shared.ConflictException;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.RuleViolationException;
import org.aftersales.domain.shared.UnknownEntityException;

/** The lists kept as data: read by everyone, kept by the administrators (every change audited). */
@Stateless
public class DefaultReferenceLists implements ReferenceLists {

    @PersistenceContext(unitName = "aftersales")
    private EntityManager em;

    @Override
    @PermitAll
    public List<Entry> list(Kind kind, boolean activeOnly) {
        String query = (kind == Kind.REGION ? "Region" : "ProductCategory") + (activeOnly ? ".active" : ".all");
        return em.createNamedQuery(query, type(kind)).getResultList().stream()
                .map(DefaultReferenceLists::entry)
                .toList();
    }

    @Override
    @PermitAll
    public Optional<FieldError> unknown(Kind kind, String field, String code, String kept) {
        if (code == null || code.isBlank() || (kept != null && code.strip().equals(kept.strip()))) {
            return Optional.empty();
        }
        ListEntry entry = em.find(type(kind), code.strip());
        if (entry != null && entry.isActive()) {
            return Optional.empty();
        }
        return Optional.of(FieldError.of(
                field, kind == Kind.REGION ? "validation.unknownRegion" : "validation.unknownCategory", code.strip()));
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    public Entry add(Kind kind, String code, String name, int sortOrder) {
        ListEntry entry =
                kind == Kind.REGION ? new Region(code, name, sortOrder) : new ProductCategory(code, name, sortOrder);
        if (em.find(type(kind), entry.getCode()) != null) {
            throw new RuleViolationException(FieldError.of("code", "validation.listEntryTaken", entry.getCode()));
        }
        em.persist(entry);
        em.flush();
        return entry(entry);
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    public Entry change(Kind kind, String code, long version, String name, int sortOrder, boolean active) {
        ListEntry entry = code == null ? null : em.find(type(kind), code.strip());
        if (entry == null) {
            throw new UnknownEntityException(type(kind).getSimpleName(), code);
        }
        if (entry.getVersion() != version) {
            throw new ConflictException("error.staleVersion");
        }
        entry.rename(name);
        entry.reorder(sortOrder);
        if (active) {
            entry.activate();
        } else {
            entry.deactivate(); // never deleted: what was recorded with it stays valid
        }
        em.flush();
        return entry(entry);
    }

    private static Class<? extends ListEntry> type(Kind kind) {
        return kind == Kind.REGION ? Region.class : ProductCategory.class;
    }

    private static Entry entry(ListEntry e) {
        return new Entry(e.getCode(), e.getName(), e.isActive(), e.getSortOrder(), e.getVersion());
    }
}
