package org.aftersales.web.platform.view;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.aftersales.reference.boundary.ReferenceLists;
import org.aftersales.reference.boundary.ReferenceLists.Entry;
import org.aftersales.reference.boundary.ReferenceLists.Kind;

/**
 * Issue 10.18: what the regions' and categories' drop-downs offer. New values: the active entries;
 * a record's own value stays offered even when its entry was deactivated; filters offer every
 * entry (old records keep deactivated ones). Read once per request.
 */
@Named
@RequestScoped
public class ReferenceOptions {

    @EJB
    private ReferenceLists lists;

    private final Map<Kind, List<Entry>> all = new EnumMap<>(Kind.class);

    private List<Entry> all(Kind kind) {
        return all.computeIfAbsent(kind, k -> lists.list(k, false));
    }

    private List<Entry> offered(Kind kind, String current) {
        List<Entry> result = new ArrayList<>();
        boolean currentListed = current == null || current.isBlank();
        for (Entry e : all(kind)) {
            boolean isCurrent = !currentListed && e.code().equals(current.strip());
            if (e.active() || isCurrent) {
                result.add(e);
                currentListed |= isCurrent;
            }
        }
        if (!currentListed) { // a value from before the list: shown as it is, so saving keeps it
            result.add(new Entry(current.strip(), current.strip(), false, Integer.MAX_VALUE, 0));
        }
        return result;
    }

    /** Active regions, plus {@code current} (the record's own). */
    public List<Entry> regions(String current) {
        return offered(Kind.REGION, current);
    }

    /** Active categories, plus {@code current} (the record's own). */
    public List<Entry> categories(String current) {
        return offered(Kind.PRODUCT_CATEGORY, current);
    }

    public List<Entry> getRegions() {
        return offered(Kind.REGION, null);
    }

    public List<Entry> getCategories() {
        return offered(Kind.PRODUCT_CATEGORY, null);
    }

    /** Every region, deactivated ones too: for filters. */
    public List<Entry> getAllRegions() {
        return all(Kind.REGION);
    }

    /** Every category, deactivated ones too: for filters and lists. */
    public List<Entry> getAllCategories() {
        return all(Kind.PRODUCT_CATEGORY);
    }

    /** The name a region's code is shown with. */
    public String region(String code) {
        return name(Kind.REGION, code);
    }

    /** The name a category's code is shown with. */
    public String category(String code) {
        return name(Kind.PRODUCT_CATEGORY, code);
    }

    private String name(Kind kind, String code) {
        if (code == null) {
            return "";
        }
        return all(kind).stream()
                .filter(e -> e.code().equals(code))
                .map(Entry::name)
                .findFirst()
                .orElse(code);
    }
}
