package org.ceasefiredata.ceasefire.ingest;

import java.nio.file.Path;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.ceasefiredata.ceasefire.kernel.DatasetVersion;

import io.quarkus.logging.Log;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.StartupEvent;

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

    void onStart(@Observes StartupEvent event) {
        if (config.onStartup() == SeedConfig.OnStartup.NEVER) {
            Log.info("seeds: not loaded (ceasefire.seeds.on-startup=never); set it to always or if-empty to load at startup");
            service.latestVersion().ifPresent(v -> version.set(v, SeedService.LOADER_VERSION));
            state.set(LoadState.Phase.DONE, "loading disabled");
            return;
        }
        if (config.background()) {
            Thread loader = new Thread(this::loadOrExit, "seed-loader");
            loader.setDaemon(true);
            loader.start();
        } else {
            load();
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
