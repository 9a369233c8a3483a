package org.aftersales.domain.shared;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Stores a small set of enum constants as one comma-separated column, in declaration order. */
public abstract class EnumSetConverter<E extends Enum<E>> {

    private final Class<E> type;

    protected EnumSetConverter(Class<E> type) {
        this.type = type;
    }

    public String toColumn(Set<E> values) {
        if (values == null || values.isEmpty()) {
            return "";
        }
        return EnumSet.copyOf(values).stream().map(Enum::name).collect(Collectors.joining(","));
    }

    public Set<E> toSet(String column) {
        EnumSet<E> set = EnumSet.noneOf(type);
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(","))
                    .map(String::trim)
                    .filter(s -> !s.isEmpty())
                    .forEach(name -> set.add(Enum.valueOf(type, name)));
        }
        return set;
    }
}
