package org.aftersales.web.shared.rest;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.util.ArrayList;
import java.util.List;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.RuleViolationException;

/**
 * {@code ?page=0&size=50}: the paging of every list in the API. The size is 1 … {@value #MAX_SIZE},
 * the page 0 … {@value #MAX_PAGE}, so {@code page × size} (the first row) never overflows an int
 * (issue 10.7: {@code page=2147483647} was a 500) — a 422 on the parameter instead. Checked here,
 * where every list reads it: constraints on a {@code @BeanParam}'s fields were never validated.
 */
public class PageParams {

    public static final int MAX_SIZE = 500;
    public static final int MAX_PAGE = 100_000;

    @QueryParam("page")
    @DefaultValue("0")
    private int page;

    @QueryParam("size")
    @DefaultValue("50")
    private int size = 50;

    public PageParams() {}

    PageParams(int page, int size) {
        this.page = page;
        this.size = size;
    }

    /** The index of the first row of the page. */
    public int first() {
        check();
        return page * size;
    }

    public int size() {
        check();
        return size;
    }

    private void check() {
        List<FieldError> errors = new ArrayList<>();
        if (page < 0 || page > MAX_PAGE) {
            errors.add(FieldError.of("page", "validation.pageRange"));
        }
        if (size < 1 || size > MAX_SIZE) {
            errors.add(FieldError.of("size", "validation.size"));
        }
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
    }
}
