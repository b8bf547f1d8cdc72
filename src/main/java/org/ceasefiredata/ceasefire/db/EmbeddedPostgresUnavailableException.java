package org.ceasefiredata.ceasefire.db;

import java.nio.file.Path;

/** The embedded PostgreSQL could not start; the message says why and how to use an external server instead. */
public class EmbeddedPostgresUnavailableException extends RuntimeException {

    public EmbeddedPostgresUnavailableException(EmbeddedPostgresSettings settings, Path dataDir, Throwable cause) {
        super(message(settings, dataDir, cause), cause);
    }

    /** A refusal whose message is complete as it is (a port held by another server, a data directory in use). */
    public EmbeddedPostgresUnavailableException(String message) {
        super(message);
    }

    private static String message(EmbeddedPostgresSettings settings, Path dataDir, Throwable cause) {
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return "The embedded PostgreSQL could not start (data directory " + dataDir + ", port " + settings.port() + "): "
                + (root.getMessage() == null ? root.toString() : root.getMessage())
                + ". Fix the cause (a free port via CEASEFIRE_EMBEDDED_PORT, a writable directory via CEASEFIRE_EMBEDDED_DATA_DIR,"
                + " user namespaces for 'unshare -U' when running as root), or use an external PostgreSQL by setting"
                + " QUARKUS_DATASOURCE_JDBC_URL, QUARKUS_DATASOURCE_USERNAME and QUARKUS_DATASOURCE_PASSWORD.";
    }
}
