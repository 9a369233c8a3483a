package org.aftersales.web.parts.view;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.aftersales.parts.boundary.PartService;
import org.aftersales.parts.boundary.PartViews.PartView;

/**
 * Issue 10.14: part numbers with their names on the screens — the names shown beside the numbers
 * in tables (looked up once per request) and the choices of the part-number autocomplete
 * ("YSJ-001 压缩机"; {@link PartNumberConverter} keeps the number).
 */
@Named
@RequestScoped
public class PartNames {

    private static final int CHOICES = 15;

    @EJB
    private PartService parts;

    private final Map<String, String> names = new HashMap<>();

    /** The part's name, or empty for an unknown number. */
    public String of(String partNumber) {
        if (partNumber == null || partNumber.isBlank()) {
            return "";
        }
        return names.computeIfAbsent(
                partNumber, n -> parts.find(n).map(PartView::name).orElse(""));
    }

    /** "number name", as a table cell or a printed line shows a part. */
    public String label(String partNumber) {
        String name = of(partNumber);
        return name.isEmpty() ? String.valueOf(partNumber) : partNumber + " " + name;
    }

    /** The autocomplete's choices: parts whose number, name, model or supplier contains what was typed. */
    public List<String> complete(String query) {
        return parts.search(query, 0, CHOICES).items().stream()
                .map(p -> {
                    names.put(p.partNumber(), p.name());
                    return p.partNumber() + " " + p.name();
                })
                .toList();
    }
}
