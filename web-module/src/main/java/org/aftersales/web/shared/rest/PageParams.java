package org.aftersales.web.shared.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/** {@code ?page=0&size=50}: the paging of every list in the API (size at most 500). */
public class PageParams {

    @QueryParam("page")
    @DefaultValue("0")
    @Min(value = 0, message = "{validation.page}")
    private int page;

    @QueryParam("size")
    @DefaultValue("50")
    @Min(value = 1, message = "{validation.size}")
    @Max(value = 500, message = "{validation.size}")
    private int size;

    public int first() {
        return page * size;
    }

    public int size() {
        return size;
    }
}
