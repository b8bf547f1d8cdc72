package org.ceasefiredata.ceasefire.ingest;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Inject;

import org.ceasefiredata.ceasefire.kernel.DatasetVersion;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.logging.Log;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.http.HttpServerStart;
import io.quarkus.vertx.http.HttpsServerStart;

/**
 * Loads the seed corpus at startup as configured ({@code ceasefire.seeds.on-startup}), logs one summary line, and
 * stops the service when the seeds are invalid.
 */
@ApplicationScoped
public class SeedLoader {

    @Inject
    SeedConfig config;
    @Inject
    SeedService service;
    @Inject
    LoadState state;
    @Inject
    DatasetVersion version;
    @ConfigProperty(name = "quarkus.http.host-enabled", defaultValue = "true")
    boolean httpEnabled;

    /** The background load starts once, whichever server (HTTP, HTTPS, each event loop) reports first. */
    private final AtomicBoolean started = new AtomicBoolean();

    void onStart(@Observes StartupEvent event) {
        if (config.onStartup() == SeedConfig.OnStartup.NEVER) {
            Log.info("seeds: not loaded (ceasefire.seeds.on-startup=never); set it to always or if-empty to load at startup");
            service.latestVersion().ifPresent(v -> version.set(v, SeedService.LOADER_VERSION));
            state.set(LoadState.Phase.DONE, "loading disabled");
            return;
        }
        if (!config.background()) {
            load();
        } else if (!httpEnabled) {
            startBackgroundLoad();
        }
        // Otherwise the load starts once the HTTP server listens (below): when the port is taken, the start stops with
        // Quarkus's one clear line, not with a load cut short by the shutdown and its stack traces (#11).
    }

    void onHttpListening(@ObservesAsync HttpServerStart start) {
        if (config.background() && config.onStartup() != SeedConfig.OnStartup.NEVER) {
            startBackgroundLoad();
        }
    }

    void onHttpsListening(@ObservesAsync HttpsServerStart start) {
        onHttpListening(null);
    }

    private void startBackgroundLoad() {
        if (started.compareAndSet(false, true)) {
            Thread loader = new Thread(this::loadOrExit, "seed-loader");
            loader.setDaemon(true);
            loader.start();
        }
    }

    private void loadOrExit() {
        try {
            load();
        } catch (RuntimeException e) {
            // Already logged in load(); an invalid corpus must not be served as if it were the dataset.
            Quarkus.asyncExit(1);
        }
    }

    /** Runs the configured startup load; logs and rethrows any failure. */
    void load() {
        Path dir = Path.of(config.dir());
        state.set(LoadState.Phase.LOADING, "loading " + dir);
        try {
            LoadResult result = service.load(dir, config.onStartup() == SeedConfig.OnStartup.IF_EMPTY, config.forceReload());
            result.warnings().forEach(w -> Log.warn("seeds: " + w));
            if (result.fingerprint() != null) {
                version.set(result.fingerprint(), SeedService.LOADER_VERSION);
            }
            if (result.written()) {
                Log.infof("seeds: loaded %s in %d ms: %s (version %s)", dir, result.durationMs(), result.counts(),
                        result.fingerprint());
                state.set(LoadState.Phase.DONE, "loaded version " + result.fingerprint());
            } else {
                Log.infof("seeds: kept what the database holds: %s (version %s) — %s (%d ms)", result.counts(),
                        result.fingerprint(), result.reason(), result.durationMs());
                state.set(LoadState.Phase.DONE, result.reason());
            }
        } catch (SeedException e) {
            Log.error("seeds: " + e.getMessage());
            state.set(LoadState.Phase.FAILED, e.getMessage());
            // The problems were just logged; a short message keeps them from being printed twice.
            throw new IllegalStateException("The seeds in " + dir + " are invalid; the problems are listed above.");
        } catch (RuntimeException e) {
            Log.error("seeds: loading " + dir + " failed; the database was left as it was", e);
            state.set(LoadState.Phase.FAILED, "loading failed: " + e.getMessage());
            throw e;
        }
    }
}
