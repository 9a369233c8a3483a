package org.aftersales.web.shared.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/**
 * {@code ?page=0&size=50}: the paging of every list in the API. The size is 1 … {@value #MAX_SIZE},
 * the page 0 … {@value #MAX_PAGE}, so {@code page × size} (the first row) never overflows an int
 * (issue 10.7: {@code page=2147483647} was a 500) — a 422 on the parameter instead.
 */
public class PageParams {

    public static final int MAX_SIZE = 500;
    public static final int MAX_PAGE = 100_000;

    @QueryParam("page")
    @DefaultValue("0")
    @Min(value = 0, message = "{validation.pageRange}")
    @Max(value = MAX_PAGE, message = "{validation.pageRange}")
    private int page;

    @QueryParam("size")
    @DefaultValue("50")
    @Min(value = 1, message = "{validation.size}")
    @Max(value = MAX_SIZE, message = "{validation.size}")
    private int size;

    public int first() {
        return Math.multiplyExact(page, size);
    }

    public int size() {
        return size;
    }
}
