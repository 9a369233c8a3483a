package org.aftersales.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 15.1: how the server talks to its database, as config/server provisions it. The pool hands out
 * connections without a tracing proxy; on PostgreSQL a new row's id comes back with its INSERT instead
 * of a second statement ({@code select lastval()}), and on Derby, which has no RETURNING, it does not.
 * Every other test that writes rows and reads them back by id checks that the ids are right.
 */
class DatabaseAccessIT {

    private static final Path DOMAIN =
            Path.of(System.getProperty("it.home", "target/it-home")).resolve("domains/aftersales");

    @Test
    void theDatabasePoolTracesNoStatements() throws IOException {
        Matcher pool = Pattern.compile("<jdbc-connection-pool [^>]*name=\"aftersales-pool\"[^>]*>")
                .matcher(Files.readString(DOMAIN.resolve("config/domain.xml")));
        assertTrue(pool.find(), "domain.xml has no aftersales-pool");
        assertTrue(pool.group().contains("sql-trace-listeners=\"null\""), pool.group());
    }

    @Test
    void idsComeBackWithTheInsertOnPostgresqlOnly() throws IOException {
        Api.Answer read =
                Api.get("/api/v1/customers?size=1", Api.admin()); // the persistence unit is set up at its first use
        assertEquals(200, read.status(), read.body());
        List<String> lines;
        try (Stream<Path> logs = Files.list(DOMAIN.resolve("logs"))) {
            lines = logs.filter(f -> f.getFileName().toString().startsWith("server.log"))
                    .flatMap(DatabaseAccessIT::lines)
                    .filter(line -> line.contains("New rows' ids come back with their INSERT (RETURNING)"))
                    .toList();
        }
        boolean postgresql = "postgresql".equals(System.getProperty("it.db"));
        assertEquals(postgresql, !lines.isEmpty(), String.join("\n", lines));
    }

    private static Stream<String> lines(Path file) {
        try {
            return Files.readAllLines(file).stream();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
