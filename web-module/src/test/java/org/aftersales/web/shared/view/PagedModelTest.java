package org.aftersales.web.shared.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.aftersales.domain.shared.PageResult;
import org.junit.jupiter.api.Test;

/** Issue 15.3: turning to a page after the first costs one count, not two. */
class PagedModelTest {

    /** A boundary over 100 rows that counts how often it is asked (each call runs its count). */
    static final class CountingPager implements PagedModel.Pager<Integer> {
        private static final long serialVersionUID = 1L;
        int calls;
        long total = 100;

        @Override
        public PageResult<Integer> page(int first, int size) {
            calls++;
            int to = (int) Math.min(total, (long) first + size);
            return new PageResult<>(
                    IntStream.range(Math.min(first, to), to).boxed().toList(), total);
        }
    }

    /** As DataTable.loadLazyScrollData does: count() only when first > 0, then load(). */
    private static List<Integer> show(PagedModel<Integer> model, int first, int size) {
        if (first > 0) {
            model.setRowCount(model.count(Map.of()));
        }
        return model.load(first, size, Map.of(), Map.of());
    }

    @Test
    void turningPagesRunsOneQueryWithItsCountPerPage() {
        CountingPager pager = new CountingPager();
        PagedModel<Integer> model = new PagedModel<>(pager, String::valueOf, () -> true);

        show(model, 0, 20);
        assertEquals(1, pager.calls);
        assertEquals(List.of(20, 21), show(model, 20, 20).subList(0, 2));
        assertEquals(2, pager.calls, "page 2: one boundary call, so one count");
        show(model, 40, 20);
        assertEquals(3, pager.calls, "page 3: one boundary call, so one count");
        assertEquals(100, model.getRowCount());
    }

    @Test
    void aRequestThatIsNotAPageTurnCountsAfresh() {
        CountingPager pager = new CountingPager();
        PagedModel<Integer> model = new PagedModel<>(pager, String::valueOf, () -> false);

        show(model, 0, 20);
        pager.total = 30; // a search narrowed the list while the table stood on page 3
        assertEquals(30, model.count(Map.of()), "the new total, so that PrimeFaces moves back to the last page");
    }

    @Test
    void aPageTurnBeforeAnyLoadStillCounts() {
        CountingPager pager = new CountingPager();
        PagedModel<Integer> model = new PagedModel<>(pager, String::valueOf, () -> true);

        assertEquals(100, model.count(Map.of()));
        assertEquals(1, pager.calls);
    }
}
