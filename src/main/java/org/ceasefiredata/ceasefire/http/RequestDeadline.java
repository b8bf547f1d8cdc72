package org.ceasefiredata.ceasefire.http;

import java.time.Duration;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.logging.Log;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * No REST request outlives {@code ceasefire.http.request-timeout} (10 s) without an answer (#11): the database
 * timeouts bound each statement, this bounds the whole request, however many statements it runs or however long it
 * queued for a worker thread on a saturated machine. At the deadline a request that has not begun its response gets
 * 503 problem+json with {@code Retry-After}; its work ends at the next statement timeout and its late answer is
 * dropped (the response is already ended). A response already streaming (an export) is left to finish. Exports
 * ({@code /api/v1/export/...}) read whole tables and get {@code ceasefire.export.timeout} instead.
 */
@Singleton
public class RequestDeadline {

    /** Marks a request the deadline has answered, so that its late failure is not reported as a server error. */
    static final String ANSWERED = "ceasefire.deadline-answered";

    private final long requestMillis;
    private final long exportMillis;
    private final int retryAfter;

    RequestDeadline(@ConfigProperty(name = "ceasefire.http.request-timeout", defaultValue = "10s") Duration timeout,
            @ConfigProperty(name = "ceasefire.export.timeout", defaultValue = "300s") Duration exportTimeout,
            @ConfigProperty(name = "ceasefire.http.retry-after", defaultValue = "5") int retryAfter) {
        this.requestMillis = timeout.toMillis();
        this.exportMillis = exportTimeout.toMillis();
        this.retryAfter = retryAfter;
    }

    void install(@Observes Router router) {
        router.route("/api/*").order(Integer.MIN_VALUE + 5).handler(this::watch);
    }

    private void watch(RoutingContext ctx) {
        long millis = ctx.request().path().startsWith("/api/v1/export/") ? exportMillis : requestMillis;
        long timer = ctx.vertx().setTimer(millis, id -> {
            if (!ctx.response().headWritten() && !ctx.response().ended() && !ctx.response().closed()) {
                Log.warnf("503 %s: no answer within %d ms", ctx.request().path(), millis);
                ctx.put(ANSWERED, true);
                HttpErrors.problem(ctx.response().putHeader(HttpHeaders.RETRY_AFTER, Integer.toString(retryAfter)), 503,
                        "The request took longer than " + millis / 1000 + " s; the service or its database is"
                                + " overloaded. Retry in " + retryAfter + " s.",
                        ctx.request().path(), null);
            }
        });
        ctx.addEndHandler(done -> ctx.vertx().cancelTimer(timer));
        ctx.next();
    }
}
