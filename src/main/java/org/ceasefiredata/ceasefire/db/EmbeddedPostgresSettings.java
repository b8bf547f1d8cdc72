package org.ceasefiredata.ceasefire.db;

/** Where and how the embedded PostgreSQL runs: data directory (kept between starts), port and database name. */
public record EmbeddedPostgresSettings(String dataDir, int port, String database) {
}
