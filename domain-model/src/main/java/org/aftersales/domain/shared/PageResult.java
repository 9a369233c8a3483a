package org.aftersales.domain.shared;

import java.io.Serializable;
import java.util.List;

/** One page of a list and the total number of matches. */
public record PageResult<T>(List<T> items, long total) implements Serializable {

    public PageResult {
        items = List.copyOf(items);
    }
}
