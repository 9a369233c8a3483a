package org.aftersales.domain.tickets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Issue 15.3: PostgreSQL uses the partial indexes of migration 038 only when a query's status list
 * lies inside the index's; the lists are SQL text there and {@link TicketStatus#isOpen()} here. A
 * status that becomes open (or stops being open) without a new migration would make the home page,
 * the open list and the dispatch board walk the whole table again at scale.
 */
class OpenTicketIndexesTest {

    private static final Pattern STATUS_LIST = Pattern.compile("status IN \\(([^)]*)\\)");

    @Test
    void everyOpenTicketIndexNamesExactlyTheOpenStatuses() throws IOException {
        Set<TicketStatus> open = Arrays.stream(TicketStatus.values())
                .filter(TicketStatus::isOpen)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(TicketStatus.class)));
        String migration;
        try (InputStream in = getClass().getResourceAsStream("/db/changelog/038-open-ticket-indexes.xml")) {
            assertNotNull(in, "migration 038 is on the class path");
            migration = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher lists = STATUS_LIST.matcher(migration);
        int indexes = 0;
        while (lists.find()) {
            List<String> named = Arrays.stream(lists.group(1).split(","))
                    .map(s -> s.strip().replace("'", ""))
                    .toList();
            assertEquals(
                    open,
                    EnumSet.copyOf(named.stream().map(TicketStatus::valueOf).toList()),
                    lists.group());
            assertEquals(named.size(), open.size(), "no status named twice: " + lists.group());
            indexes++;
        }
        assertEquals(4, indexes, "the open, open-and-breached, open-and-unassigned and dispatch queue indexes");
    }
}
