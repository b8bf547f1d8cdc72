package org.ceasefiredata.ceasefire.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A PostgreSQL server of a test's own (port and data directory), which the test may stop, restart and lock, unlike the
 * embedded server every other test shares. The application is pointed at it by the JDBC URL; the test finds the server
 * through system properties ({@link #PORT}, {@link #DATA_DIR}, {@link #PG_CTL}).
 */
public class PrivatePostgres implements QuarkusTestResourceLifecycleManager {

    static final String PORT = "ceasefire.test.private-postgres.port";
    static final String DATA_DIR = "ceasefire.test.private-postgres.data-dir";
    static final String PG_CTL = "ceasefire.test.private-postgres.pg-ctl";
    static final String DATABASE = "fault";

    private EmbeddedPostgres postgres;

    @Override
    public Map<String, String> start() {
        try {
            int port;
            try (ServerSocket s = new ServerSocket(0)) {
                port = s.getLocalPort();
            }
            Path dir = Path.of("target", "pg-private", UUID.randomUUID().toString()).toAbsolutePath();
            Path work = dir.resolveSibling(dir.getFileName() + "-runtime");
            Files.createDirectories(work);
            postgres = EmbeddedPostgres.builder().setDataDirectory(dir.resolve("data")).setCleanDataDirectory(true)
                    .setOverrideWorkingDirectory(work.toFile()).setPort(port).setPGStartupWait(Duration.ofSeconds(60))
                    .start();
            try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("create database " + DATABASE);
            }
            Path pgCtl;
            try (Stream<Path> files = Files.walk(work)) {
                pgCtl = files.filter(p -> p.getFileName().toString().equals("pg_ctl")).findFirst().orElseThrow();
            }
            System.setProperty(PORT, Integer.toString(port));
            System.setProperty(DATA_DIR, dir.resolve("data").toString());
            System.setProperty(PG_CTL, pgCtl.toString());
            return Map.of("quarkus.datasource.jdbc.url", "jdbc:postgresql://localhost:" + port + "/" + DATABASE,
                    "quarkus.datasource.username", "postgres",
                    "quarkus.datasource.password", "",
                    "ceasefire.embedded.enabled", "false");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void stop() {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                // Already stopped by the test.
            }
        }
    }

    /** Stops the server (fast shutdown: connections are cut). */
    static void stopServer() throws Exception {
        pgCtl(List.of("stop", "-m", "fast", "-w"));
    }

    /** Starts it again on the same port and data. */
    static void startServer() throws Exception {
        pgCtl(List.of("start", "-w", "-o", "-p " + System.getProperty(PORT) + " -F"));
    }

    /** A connection of the test's own to the application's database. */
    static Connection connect() throws Exception {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + System.getProperty(PORT) + "/" + DATABASE,
                "postgres", "");
    }

    private static void pgCtl(List<String> args) throws Exception {
        List<String> command = new java.util.ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            // PostgreSQL refuses to run as root; zonky runs it in a user namespace, and so must we.
            command.addAll(List.of("unshare", "-U"));
        }
        command.addAll(List.of(System.getProperty(PG_CTL), "-D", System.getProperty(DATA_DIR)));
        command.addAll(args);
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("pg_ctl " + args + " failed");
        }
    }
}
