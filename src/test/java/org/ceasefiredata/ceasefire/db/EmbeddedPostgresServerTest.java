package org.ceasefiredata.ceasefire.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * When the embedded server cannot start, the error says why and how to use another PostgreSQL; and it never uses a
 * server that is not its data directory's own.
 */
class EmbeddedPostgresServerTest {

    @Test
    void unusableDataDirectoryFailsWithAMessageNamingTheAlternatives() throws Exception {
        Path notADirectory = Path.of("target", "not-a-data-dir");
        Files.createDirectories(notADirectory.getParent());
        Files.writeString(notADirectory, "a file where the data directory should be");
        EmbeddedPostgresUnavailableException e = assertThrows(EmbeddedPostgresUnavailableException.class,
                () -> EmbeddedPostgresServer.launch(new EmbeddedPostgresSettings(notADirectory.toString(), freePort(), "x")));
        assertTrue(e.getMessage().contains("could not start"), e.getMessage());
        assertTrue(e.getMessage().contains("not-a-data-dir"), e.getMessage());
        assertTrue(e.getMessage().contains("QUARKUS_DATASOURCE_JDBC_URL"), e.getMessage());
        assertTrue(e.getMessage().contains("QUARKUS_DATASOURCE_USERNAME"), e.getMessage());
    }

    @Test
    void aStartBegunInTheBackgroundThatFailsIsReportedByTheStartThatWaitsForIt() throws Exception {
        Path notADirectory = Path.of("target", "not-a-data-dir-" + UUID.randomUUID());
        Files.createDirectories(notADirectory.getParent());
        Files.writeString(notADirectory, "a file where the data directory should be");
        EmbeddedPostgresSettings settings = new EmbeddedPostgresSettings(notADirectory.toString(), freePort(), "x");
        EmbeddedPostgresServer.startInBackground(settings);
        EmbeddedPostgresUnavailableException e = assertThrows(EmbeddedPostgresUnavailableException.class,
                () -> EmbeddedPostgresServer.start(settings));
        assertTrue(e.getMessage().contains("could not start"), e.getMessage());
        assertTrue(e.getMessage().contains(notADirectory.getFileName().toString()), e.getMessage());
    }

    @Test
    void aSecondDataDirectoryContendingForThePortIsRefusedAndTheFirstIsUntouched() throws Exception {
        int port = freePort();
        String run = UUID.randomUUID().toString();
        EmbeddedPostgresSettings first = new EmbeddedPostgresSettings("target/pg-contend/" + run + "/first", port, "first");
        EmbeddedPostgresSettings second = new EmbeddedPostgresSettings("target/pg-contend/" + run + "/second", port,
                "second");
        EmbeddedPostgresServer server = EmbeddedPostgresServer.launch(first);
        try {
            sql(port, "first", "create table marker (note text)", "insert into marker values ('first checkout')");
            List<String> databasesBefore = query(port, "postgres", "select datname from pg_database order by 1");

            EmbeddedPostgresUnavailableException e = assertThrows(EmbeddedPostgresUnavailableException.class,
                    () -> EmbeddedPostgresServer.launch(second));
            assertTrue(e.getMessage().contains("port " + port), e.getMessage());
            assertTrue(e.getMessage().contains("another PostgreSQL server"), e.getMessage());
            assertTrue(e.getMessage().contains("CEASEFIRE_EMBEDDED_PORT"), e.getMessage());

            assertEquals(databasesBefore, query(port, "postgres", "select datname from pg_database order by 1"),
                    "the second instance created nothing on the first one's server");
            assertEquals(List.of("first checkout"), query(port, "first", "select note from marker"));
        } finally {
            server.close();
        }
    }

    @Test
    void aPortHeldByAProgramThatIsNotPostgresIsRefusedWithinSeconds() throws Exception {
        try (ServerSocket squatter = new ServerSocket(0)) {
            int port = squatter.getLocalPort();
            Thread acceptor = new Thread(() -> {
                List<Socket> held = new ArrayList<>();
                try {
                    while (true) {
                        // Accepts and says nothing, as a stuck server would.
                        held.add(squatter.accept());
                    }
                } catch (IOException closed) {
                    held.forEach(s -> {
                        try {
                            s.close();
                        } catch (IOException ignored) {
                        }
                    });
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            long started = System.nanoTime();
            EmbeddedPostgresUnavailableException e = assertThrows(EmbeddedPostgresUnavailableException.class,
                    () -> EmbeddedPostgresServer.launch(new EmbeddedPostgresSettings(
                            "target/pg-squatted/" + UUID.randomUUID(), port, "x")));
            long seconds = (System.nanoTime() - started) / 1_000_000_000;
            assertTrue(seconds < 10, "refused after " + seconds + " s");
            assertTrue(e.getMessage().contains("address in use"), e.getMessage());
            assertTrue(e.getMessage().contains("port " + port), e.getMessage());
            assertTrue(e.getMessage().contains("CEASEFIRE_EMBEDDED_PORT"), e.getMessage());
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static void sql(int port, String database, String... statements) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/" + database, "postgres",
                ""); Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
    }

    private static List<String> query(int port, String database, String query) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/" + database, "postgres",
                ""); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }
}
