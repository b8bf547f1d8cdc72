package org.ceasefiredata.ceasefire.http;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.quarkus.logging.Log;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Per-client rate limits (#11): every client (its address; behind a proxy, the forwarded one when
 * {@code quarkus.http.proxy.proxy-address-forwarding} is on) has a budget of {@code ceasefire.rate-limit.requests}
 * units per {@code ceasefire.rate-limit.window}, refilled continuously (a Bucket4j token bucket). A REST request costs
 * one unit; a GraphQL request is charged by {@code graph/GraphQLEndpoint}, by its cost (the {@code /api/*} filter
 * here does not see it). Over the budget the answer is 429 with {@code Retry-After}; every API response carries the
 * {@code RateLimit-Policy} and {@code RateLimit} fields of the IETF draft (draft-ietf-httpapi-ratelimit-headers), e.g.
 * {@code RateLimit-Policy: "default";q=1200;w=60} and {@code RateLimit: "default";r=1187;t=1}.
 * <p>
 * Other handlers charge their own requests through the Java API, in the same budget:
 *
 * <pre>{@code
 * RateLimits.Decision decision = rateLimits.tryConsume(RateLimits.clientKey(request), cost);
 * decision.headers().forEach(response::putHeader); // RateLimit, RateLimit-Policy (+ Retry-After when refused)
 * if (!decision.allowed()) {
 *     // answer 429; decision.retryAfterSeconds() says when `cost` units are available again
 * }
 * }</pre>
 *
 * {@code tryConsume} never blocks and is safe on event-loop threads. A cost above the whole budget can never be
 * afforded: it is refused with the time to a full bucket. With {@code ceasefire.rate-limit.enabled=false} every call
 * is allowed and no header is added. Budgets live in this replica's memory (at most
 * {@code ceasefire.rate-limit.max-clients} clients, idle ones forgotten after two windows): with N replicas behind a
 * balancer a client's effective budget is up to N times the configured one.
 */
@Singleton
public class RateLimits {

    /** The answer to one charge: allowed or not, and the header fields that say so. */
    public record Decision(boolean allowed, long remaining, long resetSeconds, long retryAfterSeconds,
            Map<String, String> headers) {
    }

    static final String POLICY = "default";
    private static final Decision UNLIMITED = new Decision(true, Long.MAX_VALUE, 0, 0, Map.of());

    private final boolean enabled;
    private final long capacity;
    private final Duration window;
    private final String policyHeader;
    private final Cache<String, Bucket> buckets;

    RateLimits(@ConfigProperty(name = "ceasefire.rate-limit.enabled", defaultValue = "true") boolean enabled,
            @ConfigProperty(name = "ceasefire.rate-limit.requests", defaultValue = "1200") long capacity,
            @ConfigProperty(name = "ceasefire.rate-limit.window", defaultValue = "60s") Duration window,
            @ConfigProperty(name = "ceasefire.rate-limit.max-clients", defaultValue = "100000") long maxClients) {
        this.enabled = enabled;
        this.capacity = capacity;
        this.window = window;
        this.policyHeader = "\"" + POLICY + "\";q=" + capacity + ";w=" + Math.max(1, window.toSeconds());
        this.buckets = Caffeine.newBuilder().maximumSize(maxClients).expireAfterAccess(window.multipliedBy(2)).build();
    }

    void install(@Observes Router router) {
        router.route("/api/*").order(Integer.MIN_VALUE + 3).handler(this::charge);
    }

    private void charge(RoutingContext ctx) {
        Decision decision = tryConsume(clientKey(ctx.request()), 1);
        HttpServerResponse response = ctx.response();
        decision.headers().forEach(response::putHeader);
        if (decision.allowed()) {
            ctx.next();
            return;
        }
        Log.debugf("429 %s for %s", ctx.request().path(), clientKey(ctx.request()));
        HttpErrors.label(ctx, "/rate-limited");
        HttpErrors.problem(response, 429, "Too many requests from this client: the budget is " + capacity
                + " requests per " + window.toSeconds() + " s. Retry after " + decision.retryAfterSeconds() + " s.",
                ctx.request().path(), null);
    }

    /**
     * Charges {@code cost} units (at least 1) to {@code clientKey}'s budget.
     *
     * @return whether the request may go on, with the {@code RateLimit}, {@code RateLimit-Policy} and, when
     *         refused, {@code Retry-After} header values to send
     */
    public Decision tryConsume(String clientKey, long cost) {
        if (!enabled) {
            return UNLIMITED;
        }
        long units = Math.max(1, cost);
        Bucket bucket = buckets.get(clientKey == null ? "unknown" : clientKey, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, window).build())
                .build());
        if (units > capacity) {
            long reset = seconds(bucket.getAvailableTokens() >= capacity ? 0 : window.toNanos());
            return decision(false, bucket.getAvailableTokens(), reset, reset);
        }
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(units);
        long reset = seconds(probe.getNanosToWaitForReset());
        return decision(probe.isConsumed(), probe.getRemainingTokens(), reset,
                probe.isConsumed() ? 0 : Math.max(1, seconds(probe.getNanosToWaitForRefill())));
    }

    private Decision decision(boolean allowed, long remaining, long reset, long retryAfter) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("RateLimit-Policy", policyHeader);
        headers.put("RateLimit", "\"" + POLICY + "\";r=" + Math.max(0, remaining) + ";t=" + reset);
        if (!allowed) {
            headers.put("Retry-After", Long.toString(Math.max(1, retryAfter)));
        }
        return new Decision(allowed, Math.max(0, remaining), reset, allowed ? 0 : Math.max(1, retryAfter),
                java.util.Collections.unmodifiableMap(headers));
    }

    /** Units per window of every client's budget. */
    public long capacity() {
        return capacity;
    }

    /** The time in which a client's budget refills completely. */
    public Duration window() {
        return window;
    }

    /** The key a client is counted under: its remote address (the forwarded one when proxy forwarding is on). */
    public static String clientKey(HttpServerRequest request) {
        return request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
    }

    private static long seconds(long nanos) {
        return (nanos + TimeUnit.SECONDS.toNanos(1) - 1) / TimeUnit.SECONDS.toNanos(1);
    }
}
