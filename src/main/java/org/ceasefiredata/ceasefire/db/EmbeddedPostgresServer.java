package org.ceasefiredata.ceasefire.db;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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
    /** Why a background start failed, by the key of its URL, until the start the application waits for throws it. */
    private static final Map<String, RuntimeException> FAILED_IN_BACKGROUND = new ConcurrentHashMap<>();

    /** Null when this process found its data directory's server already running (left over by an earlier run). */
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
        return start(settings, false);
    }

    private static String start(EmbeddedPostgresSettings settings, boolean background) {
        synchronized (JVM_LOCK) {
            String key = JVM_LOCK + ".url." + Path.of(settings.dataDir()).toAbsolutePath().normalize();
            String url = System.getProperty(key);
            if (url == null) {
                RuntimeException failedInBackground = FAILED_IN_BACKGROUND.remove(key);
                if (failedInBackground != null) {
                    throw failedInBackground;
                }
                try {
                    url = launch(settings).jdbcUrl();
                } catch (RuntimeException e) {
                    if (background) {
                        FAILED_IN_BACKGROUND.put(key, e);
                    }
                    throw e;
                }
                System.setProperty(key, url);
            }
            return url;
        }
    }

    /**
     * Begins {@link #start} on a thread of its own and returns at once; a later {@code start} with the same settings
     * waits for it (the lock) and returns its URL, or throws what made it fail (logged once, by the failed start).
     */
    public static void startInBackground(EmbeddedPostgresSettings settings) {
        Thread starter = new Thread(() -> {
            try {
                start(settings, true);
            } catch (RuntimeException e) {
                // Kept for the start that the application waits for, which throws it.
            }
        }, "embedded-postgres-start");
        starter.setDaemon(true);
        starter.start();
    }

    /**
     * Starts a new server, after making sure that the port is free or held by this data directory's own server: the
     * service must never migrate and load its seeds into another checkout's database (#11).
     *
     * @throws EmbeddedPostgresUnavailableException saying why, and how to use another port or an external server
     */
    static EmbeddedPostgresServer launch(EmbeddedPostgresSettings settings) {
        Path dataDir = Path.of(settings.dataDir()).toAbsolutePath().normalize();
        // Binaries are unpacked next to the data, not into /tmp, so that nothing of ours is left lying around there.
        Path workDir = dataDir.resolveSibling(dataDir.getFileName() + "-runtime");
        long started = System.nanoTime();
        try {
            PortOwner.Finding before = PortOwner.of(settings.port(), dataDir);
            if (before.kind() == PortOwner.Kind.FOREIGN) {
                throw portTaken(settings, dataDir, before);
            }
            EmbeddedPostgresServer server;
            if (before.kind() == PortOwner.Kind.OWN) {
                requireNoOtherInstance(dataDir);
                LOG.infof("The embedded PostgreSQL of %s is already running on port %d (left by an earlier run): using it",
                        dataDir, settings.port());
                server = new EmbeddedPostgresServer(null, settings);
            } else {
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
                server = new EmbeddedPostgresServer(postgres, settings);
                // Someone may have taken the port between the check and the start: then our server could not listen,
                // and what answered the start-up wait is theirs.
                PortOwner.Finding after = PortOwner.of(settings.port(), dataDir);
                if (after.kind() != PortOwner.Kind.OWN) {
                    server.close();
                    throw portTaken(settings, dataDir, after);
                }
            }
            server.createDatabaseIfMissing();
            LOG.infof(
                    "Embedded PostgreSQL ready on port %d, data in %s (%d ms); set QUARKUS_DATASOURCE_JDBC_URL to use another server",
                    settings.port(), dataDir, (System.nanoTime() - started) / 1_000_000);
            return server;
        } catch (EmbeddedPostgresUnavailableException e) {
            LOG.error(e.getMessage());
            throw e;
        } catch (IOException | SQLException | RuntimeException e) {
            EmbeddedPostgresUnavailableException failure = new EmbeddedPostgresUnavailableException(settings, dataDir, e);
            // Said once, plainly, before Quarkus prints its own report of the failed start.
            LOG.error(failure.getMessage());
            throw failure;
        }
    }

    private static EmbeddedPostgresUnavailableException portTaken(EmbeddedPostgresSettings settings, Path dataDir,
            PortOwner.Finding finding) {
        return new EmbeddedPostgresUnavailableException("The embedded PostgreSQL cannot use port " + settings.port()
                + ": " + finding.description() + "; it is not the server of " + dataDir
                + ", so nothing was started or written. Choose a free port with CEASEFIRE_EMBEDDED_PORT (tests:"
                + " _TEST_CEASEFIRE_EMBEDDED_PORT), stop what holds the port, or use an external PostgreSQL with"
                + " QUARKUS_DATASOURCE_JDBC_URL, QUARKUS_DATASOURCE_USERNAME and QUARKUS_DATASOURCE_PASSWORD.");
    }

    /** The data directory's server is running: fine if it was left over, not if another live process started it. */
    private static void requireNoOtherInstance(Path dataDir) throws IOException {
        Path lockFile = dataDir.resolve("epg-lock");
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                throw new EmbeddedPostgresUnavailableException("The embedded PostgreSQL of " + dataDir
                        + " is run by another instance of the service (it holds " + lockFile + "). Stop that instance,"
                        + " or give this one its own CEASEFIRE_EMBEDDED_DATA_DIR and CEASEFIRE_EMBEDDED_PORT.");
            }
            lock.release();
        }
    }

    /** Stops the server if this process started it. */
    void close() {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                LOG.warnf("The embedded PostgreSQL on port %d did not stop cleanly: %s", settings.port(), e.getMessage());
            }
        }
    }

    /** JDBC URL of the application database on this server. */
    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + settings.port() + "/" + settings.database() + "?user=postgres";
    }

    private void createDatabaseIfMissing() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:" + settings.port() + "/postgres",
                "postgres", "");
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
