package org.ceasefiredata.ceasefire.ingest;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import org.ceasefiredata.ceasefire.kernel.DatasetVersion;
import org.ceasefiredata.ceasefire.paging.Params;
import org.ceasefiredata.ceasefire.paging.Sql;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;

import io.agroal.api.AgroalDataSource;

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
    public static final int LOADER_VERSION = 3;
    /** Advisory lock key: "ceasefir" in ASCII, any constant shared by all instances would do. */
    static final long LOCK_KEY = 0x6365617365666972L;

    @Inject
    EntityManager em;
    @Inject
    DatasetVersion version;
    @Inject
    TransactionSynchronizationRegistry transactions;
    @Inject
    SeedConfig config;
    @Inject
    Sql sql;
    /** Inside a transaction Agroal hands out the connection enlisted in it, the one Hibernate writes on too. */
    @Inject
    AgroalDataSource dataSource;

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
        // The lock and the check are plain SQL on the transaction's connection: on unchanged seeds (every restart) they
        // are all the load does, and Hibernate's first session and first query, cold, cost more than half a second.
        allowLongStatements();
        sql.first("select pg_advisory_xact_lock(:key)", new Params().bind("key", LOCK_KEY), row -> Boolean.TRUE);
        long locked = System.nanoTime();
        String fingerprint = SeedParser.fingerprint(dir);
        Optional<LastLoad> last = latest();
        Log.debugf("seeds: lock %d ms, version check %d ms", (locked - started) / 1_000_000,
                (System.nanoTime() - locked) / 1_000_000);
        if (onlyIfEmpty && last.isPresent()) {
            return skipped("the database already holds a load; set ceasefire.seeds.on-startup=always to load changed seeds",
                    last.get(), started);
        }
        if (!force && last.isPresent() && last.get().fingerprint().equals(fingerprint)
                && last.get().loaderVersion() == LOADER_VERSION) {
            return skipped("seeds unchanged since the load of " + last.get().loadedAt()
                    + "; set ceasefire.seeds.force-reload=true to rewrite them anyway", last.get(), started);
        }
        long checked = System.nanoTime();
        // Read, checked and linked only now: on unchanged seeds (every restart) that work would be thrown away, and
        // done beside the check it took a core from the start on a two-core machine (JFR of bench/startup.sh).
        Prepared p = prepare(dir);
        LinkedSeeds linked = p.linked();
        long writeStart = System.nanoTime();
        LoadChanges.snapshot(em);
        LoadCounts counts = new SeedWriter(em, linked, p.names()).write();
        LoadChanges changes = LoadChanges.since(em);
        // Said before the commit, so that an operator sees what a load did even if the commit is the last thing it does.
        Log.infof("seeds: to commit from %s: %s", dir, changes);
        Log.debugf("seeds: lock and version check %d ms, reading and linking %d ms, write %d ms",
                (checked - started) / 1_000_000, p.millis(), (System.nanoTime() - writeStart) / 1_000_000);
        long durationMs = (System.nanoTime() - started) / 1_000_000;
        SeedLoad.record(linked.fingerprint(), LOADER_VERSION, force ? "forced" : onlyIfEmpty ? "if-empty" : "always", counts,
                durationMs);
        // Responses cached under the old version are not served again (the cache key holds the version); moved only
        // once the new data are committed, so that no response of the old data is filed under the new version.
        String loaded = linked.fingerprint();
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    version.set(loaded, LOADER_VERSION);
                }
            }
        });
        return new LoadResult(true, null, linked.fingerprint(), counts, changes, durationMs, p.warnings());
    }

    /**
     * Requests are held to short statement and socket timeouts (application.properties); the load may wait for
     * another instance's load and write a large corpus, so its connection gets the transaction's timeout instead.
     * Agroal resets the connection's network timeout when it is returned to the pool.
     */
    private void allowLongStatements() {
        int millis = (int) Math.min(Integer.MAX_VALUE, config.transactionTimeout() * 1000L);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            c.setNetworkTimeout(Runnable::run, millis);
            s.execute("set local statement_timeout = " + millis);
        } catch (SQLException e) {
            throw new Sql.QueryFailed(e);
        }
    }

    /** What the last load recorded (the newest {@link SeedLoad} row). */
    private record LastLoad(String fingerprint, int loaderVersion, OffsetDateTime loadedAt, LoadCounts counts) {
    }

    private Optional<LastLoad> latest() {
        return sql.first("""
                select fingerprint, loader_version, loaded_at, documents, participants, meetings, commitments,
                       deadlines, citations, mentions
                from seed_load order by id desc limit 1""", new Params(), r -> new LastLoad(r.text("fingerprint"),
                r.integer("loader_version"), r.timestamp("loaded_at"), new LoadCounts(r.integer("documents"),
                        r.integer("participants"), r.integer("meetings"), r.integer("commitments"),
                        r.integer("deadlines"), r.integer("citations"), r.integer("mentions"))));
    }

    /** Seeds read, checked and linked, with the name-linking policy built from them. */
    private record Prepared(LinkedSeeds linked, NameLinks names, List<IngestReport.Problem> warnings, long millis) {
    }

    private static Prepared prepare(Path dir) {
        long started = System.nanoTime();
        IngestReport report = new IngestReport();
        SeedSet seeds = SeedParser.parse(dir, report);
        report.throwIfErrors();
        LinkedSeeds linked = SeedLinker.link(seeds, report);
        report.throwIfErrors();
        return new Prepared(linked, SeedWriter.nameLinks(linked), report.warnings(),
                (System.nanoTime() - started) / 1_000_000);
    }

    /** The dataset version of the last load, if any. */
    @Transactional
    public Optional<String> latestVersion() {
        return latest().map(LastLoad::fingerprint);
    }

    /** A load not done, with what the database holds from the last one. */
    private static LoadResult skipped(String reason, LastLoad last, long started) {
        return new LoadResult(false, reason, last.fingerprint(), last.counts(), null,
                (System.nanoTime() - started) / 1_000_000, List.of());
    }
}
