package org.aftersales.web.shared.rest;

import java.util.List;
import java.util.function.Function;
import org.aftersales.domain.shared.PageResult;

/** A page of a list as the API answers it: {@code { "items": [...], "total": N }}. */
public record Page<T>(List<T> items, long total) {

    public static <E, T> Page<T> of(PageResult<E> result, Function<E, T> mapper) {
        return new Page<>(result.items().stream().map(mapper).toList(), result.total());
    }
}
