package org.ceasefiredata.ceasefire.db;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import io.agroal.api.AgroalDataSource;
import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;

/**
 * Readiness of the database for what the API does: one row of each main dataset table can be read within
 * {@code ceasefire.health.database-budget} (500 ms by default), so that the answer comes in under a second and says
 * DOWN when the database is down, frozen, out of connections or has a table locked (#11). Replaces the datasource
 * extension's own check, which waits as long as the database does.
 * <p>
 * The probe runs on a thread of its own and the check never blocks its caller: if the probe has not answered within the
 * budget the check says DOWN and the probe is left to end by its own timeouts; no second probe is started while one is
 * still waiting.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements AsyncHealthCheck {

    /** Touches every table a list or a record page reads first; a lock on any of them blocks the probe. */
    static final String PROBE = "select (select 1 from source_document limit 1), (select 1 from participant limit 1),"
            + " (select 1 from meeting limit 1), (select 1 from commitment limit 1), (select 1 from deadline limit 1),"
            + " (select 1 from citation limit 1), (select 1 from mention limit 1)";

    @Inject
    AgroalDataSource dataSource;
    @ConfigProperty(name = "ceasefire.health.database-budget", defaultValue = "500ms")
    Duration budget;

    private final ExecutorService prober = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "database-readiness");
        t.setDaemon(true);
        return t;
    });
    private CompletableFuture<Void> running;

    /** Never blocks the calling thread (health checks may run on an event loop): the probe answers on its own. */
    @Override
    public Uni<HealthCheckResponse> call() {
        long started = System.nanoTime();
        CompletableFuture<Void> probe;
        synchronized (this) {
            if (running == null || running.isDone()) {
                running = CompletableFuture.runAsync(this::probeUnchecked, prober);
            }
            probe = running;
        }
        return Uni.createFrom().completionStage(probe)
                .onItem().transform(done -> response(started, null))
                .ifNoItem().after(budget).recoverWithItem(() -> response(started, "no answer within " + budget.toMillis()
                        + " ms"))
                .onFailure().recoverWithItem(failure -> {
                    Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                            ? failure.getCause()
                            : failure;
                    String database = DatabaseUnavailable.describe(cause);
                    return response(started, database != null
                            ? database
                            : cause.getClass().getSimpleName() + ": " + cause.getMessage());
                });
    }

    private static HealthCheckResponse response(long started, String problem) {
        return HealthCheckResponse.named("database")
                .status(problem == null)
                .withData("millis", (System.nanoTime() - started) / 1_000_000)
                .withData("detail", problem == null ? "the dataset tables answer" : problem)
                .build();
    }

    private void probeUnchecked() {
        try {
            probe();
        } catch (Exception e) {
            throw new CompletionException(e);
        }
    }

    private Void probe() throws Exception {
        long millis = Math.max(100, budget.toMillis());
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("set local statement_timeout = " + millis);
                s.execute("set local lock_timeout = " + millis);
                s.executeQuery(PROBE).close();
                c.commit();
            } catch (Exception e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        }
        return null;
    }

    @PreDestroy
    void stop() {
        prober.shutdownNow();
    }
}
