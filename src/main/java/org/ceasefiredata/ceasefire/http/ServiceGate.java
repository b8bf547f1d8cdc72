package org.ceasefiredata.ceasefire.http;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.ceasefiredata.ceasefire.ingest.LoadState;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Until the startup load of the seeds has finished, the API answers 503 with {@code Retry-After} rather than empty
 * lists (#11): REST with a problem body, GraphQL with an error coded {@code SERVICE_UNAVAILABLE}. Readiness is DOWN
 * over the same time, so a load balancer sends nothing here; this is for clients that come anyway.
 */
@Singleton
public class ServiceGate {

    @Inject
    LoadState state;
    @ConfigProperty(name = "ceasefire.http.retry-after", defaultValue = "5")
    int retryAfter;

    void install(@Observes Router router) {
        router.route("/api/*").order(Integer.MIN_VALUE + 4).handler(this::rest);
        router.route("/graphql").order(Integer.MIN_VALUE + 4).handler(this::graphql);
    }

    private void rest(RoutingContext ctx) {
        if (state.phase() == LoadState.Phase.DONE) {
            ctx.next();
            return;
        }
        HttpErrors.label(ctx, "/loading");
        HttpErrors.problem(ctx.response().putHeader(HttpHeaders.RETRY_AFTER, Integer.toString(retryAfter)), 503,
                "The dataset is being loaded; retry in " + retryAfter + " s.", ctx.request().path(), null);
    }

    private void graphql(RoutingContext ctx) {
        if (state.phase() == LoadState.Phase.DONE) {
            ctx.next();
            return;
        }
        HttpErrors.label(ctx, "/loading");
        ctx.response().setStatusCode(503).putHeader(HttpHeaders.RETRY_AFTER, Integer.toString(retryAfter))
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .end("{\"errors\":[{\"message\":\"The dataset is being loaded; retry in " + retryAfter
                        + " s.\",\"extensions\":{\"code\":\"SERVICE_UNAVAILABLE\"}}]}");
    }
}
