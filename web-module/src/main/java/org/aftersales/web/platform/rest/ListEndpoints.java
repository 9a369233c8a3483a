package org.aftersales.web.platform.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.aftersales.reference.boundary.ReferenceLists.Entry;
import org.aftersales.reference.boundary.ReferenceLists.Kind;
import org.aftersales.web.shared.rest.Page;

/** What {@link RegionResource} and {@link ProductCategoryResource} share: one list kept as data (issue 10.18). */
final class ListEndpoints {

    private ListEndpoints() {}

    public record NewEntry(String code, String name, Integer sortOrder) {}

    public record Change(
            @NotNull(message = "{validation.required}") Long version, String name, Integer sortOrder, Boolean active) {}

    static Page<Entry> list(org.aftersales.reference.boundary.ReferenceLists lists, Kind kind, boolean activeOnly) {
        List<Entry> entries = lists.list(kind, activeOnly);
        return new Page<>(entries, entries.size());
    }

    static Response add(org.aftersales.reference.boundary.ReferenceLists lists, Kind kind, NewEntry body) {
        Entry added = lists.add(kind, body.code(), body.name(), body.sortOrder() == null ? 0 : body.sortOrder());
        return Response.status(Response.Status.CREATED).entity(added).build();
    }

    /** Fields left out keep their value. */
    static Entry change(org.aftersales.reference.boundary.ReferenceLists lists, Kind kind, String code, Change body) {
        Entry current = lists.list(kind, false).stream()
                .filter(e -> e.code().equals(code))
                .findFirst()
                .orElse(null);
        return lists.change(
                kind,
                code,
                body.version(),
                body.name() != null ? body.name() : current == null ? null : current.name(),
                body.sortOrder() != null ? body.sortOrder() : current == null ? 0 : current.sortOrder(),
                body.active() != null ? body.active() : current == null || current.active());
    }
}
