package org.ceasefiredata.ceasefire.ingest;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where the seeds are and when they are loaded. */
@ConfigMapping(prefix = "ceasefire.seeds")
public interface SeedConfig {

    /** The folder holding the texts ({@code *.txt}) and {@code annotations/}. */
    @WithDefault("seeds")
    String dir();

    /** When to load at startup. */
    @WithDefault("always")
    OnStartup onStartup();

    /**
     * Load after the application has started, reporting readiness DOWN until done (the default, so that liveness
     * probes see a live process during a long load); false loads before the application reports started.
     */
    @WithDefault("true")
    boolean background();

    /** Write the seeds even when they are unchanged since the last load (after a manual change to the database). */
    @WithDefault("false")
    boolean forceReload();

    /**
     * Seconds the load transaction may take, including the wait for another instance's load (advisory lock): generous,
     * so that an instance waiting behind a large load does not give up.
     */
    @WithDefault("1800")
    int transactionTimeout();

    /** The startup modes. */
    enum OnStartup {
        /** Load at every start; skipped when the seeds and the loader are unchanged since the last load. */
        ALWAYS,
        /** Load only when the database holds no load yet. */
        IF_EMPTY,
        /** Never load at startup. */
        NEVER
    }
}
