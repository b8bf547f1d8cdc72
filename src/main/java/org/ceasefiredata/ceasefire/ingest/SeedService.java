package org.ceasefiredata.ceasefire.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;

/**
 * Loads a seed directory into the database as one transaction, under a PostgreSQL advisory lock so that of several
 * instances starting together exactly one loads and the others wait, then find the work done.
 */
@ApplicationScoped
public class SeedService {

    /**
     * Bumped whenever the loader derives different rows from the same seeds (cleaning, extraction, schema), so that
     * an upgraded service reloads unchanged seeds once.
     */
    public static final int LOADER_VERSION = 1;
    /** Advisory lock key: "ceasefir" in ASCII, any constant shared by all instances would do. */
    static final long LOCK_KEY = 0x6365617365666972L;

    @Inject
    EntityManager em;

    /**
     * Loads {@code dir}.
     *
     * @param onlyIfEmpty skip when any load has been recorded
     * @param force write even when the same seeds were already loaded by the same loader version
     * @throws SeedException when the seeds are invalid; nothing is written then
     */
    @Transactional
    // Waiting for another instance's load counts against the timeout: allow for a large corpus on a slow machine.
    @TransactionConfiguration(timeoutFromConfigProperty = "ceasefire.seeds.transaction-timeout")
    public LoadResult load(Path dir, boolean onlyIfEmpty, boolean force) {
        long started = System.nanoTime();
        em.createNativeQuery("select pg_advisory_xact_lock(?1)").setParameter(1, LOCK_KEY).getSingleResult();
        String fingerprint = SeedParser.fingerprint(dir);
        Optional<SeedLoad> last = SeedLoad.latest();
        if (onlyIfEmpty && last.isPresent()) {
            return skipped("the database already holds a load; set ceasefire.seeds.on-startup=always to load changed seeds",
                    last.get(), started);
        }
        if (!force && last.isPresent() && last.get().fingerprint.equals(fingerprint)
                && last.get().loaderVersion == LOADER_VERSION) {
            return skipped("seeds unchanged since the load of " + last.get().loadedAt
                    + "; set ceasefire.seeds.force-reload=true to rewrite them anyway", last.get(), started);
        }
        IngestReport report = new IngestReport();
        SeedSet seeds = SeedParser.parse(dir, report);
        report.throwIfErrors();
        LinkedSeeds linked = SeedLinker.link(seeds, report);
        report.throwIfErrors();
        LoadCounts counts = new SeedWriter(em, linked).write();
        long durationMs = (System.nanoTime() - started) / 1_000_000;
        SeedLoad.record(linked.fingerprint(), LOADER_VERSION, force ? "forced" : onlyIfEmpty ? "if-empty" : "always", counts,
                durationMs);
        return new LoadResult(true, null, linked.fingerprint(), counts, durationMs, report.warnings());
    }

    /** A load not done, with what the database holds from the last one. */
    private static LoadResult skipped(String reason, SeedLoad last, long started) {
        return new LoadResult(false, reason, last.fingerprint, last.counts(), (System.nanoTime() - started) / 1_000_000,
                List.of());
    }
}
