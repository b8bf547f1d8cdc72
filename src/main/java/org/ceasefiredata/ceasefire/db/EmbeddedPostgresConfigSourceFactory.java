package org.ceasefiredata.ceasefire.db;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.eclipse.microprofile.config.spi.ConfigSource;

import io.quarkus.runtime.ApplicationLifecycleManager;
import io.quarkus.runtime.ExecutionMode;
import io.quarkus.runtime.annotations.StaticInitSafe;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;

/**
 * Points the datasource at an embedded PostgreSQL when no external database is configured.
 * <p>
 * A config source (not a CDI bean) because the JDBC URL must exist before the datasource, Flyway and Hibernate start;
 * an explicit {@code QUARKUS_DATASOURCE_JDBC_URL} (or {@code quarkus.datasource.jdbc.url}) always wins and then no
 * embedded server is started.
 */
@StaticInitSafe
public class EmbeddedPostgresConfigSourceFactory implements ConfigSourceFactory {

    static final String URL = "quarkus.datasource.jdbc.url";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        ConfigValue url = context.getValue(URL);
        if (url != null && url.getValue() != null && !url.getValue().isBlank()) {
            return List.of();
        }
        if (!Boolean.parseBoolean(value(context, "ceasefire.embedded.enabled", "true"))) {
            return List.of();
        }
        EmbeddedPostgresSettings settings = new EmbeddedPostgresSettings(
                value(context, "ceasefire.embedded.data-dir", ".data/postgres"),
                Integer.parseInt(value(context, "ceasefire.embedded.port", "15432")),
                value(context, "ceasefire.embedded.database", "ceasefire"));
        // Configuration is also read while the application is built (augmentation), where no database is wanted, and
        // during static init, before the runtime configuration: the server's start (half a second) begins there, in
        // the background, and the runtime configuration below waits for it instead of starting it then.
        ExecutionMode mode = ExecutionMode.current();
        if (mode == ExecutionMode.STATIC_INIT && !ApplicationLifecycleManager.isAppCDSGeneration()) {
            EmbeddedPostgresServer.startInBackground(settings);
        }
        if (mode != ExecutionMode.RUNTIME_INIT && mode != ExecutionMode.RUNNING) {
            return List.of();
        }
        String jdbcUrl = EmbeddedPostgresServer.start(settings);
        return List.of(new PropertiesConfigSource(Map.of(
                URL, jdbcUrl,
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", ""),
                "embedded-postgres", 50));
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(50);
    }

    private static String value(ConfigSourceContext context, String name, String fallback) {
        ConfigValue value = context.getValue(name);
        return value == null || value.getValue() == null || value.getValue().isBlank() ? fallback : value.getValue();
    }
}
