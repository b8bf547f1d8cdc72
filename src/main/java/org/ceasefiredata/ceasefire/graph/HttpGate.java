package org.ceasefiredata.ceasefire.graph;

import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.ceasefiredata.ceasefire.kernel.DatasetVersion;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * What reaches the GraphQL engine: a POST with an {@code application/json} body holding a {@code query} string, or
 * an {@code application/graphql} body. Any other media type is refused with 415 before anything runs, so that a
 * browser cannot be made to run a query with a "simple" cross-site form post ({@code text/plain}); a body that is not
 * such JSON is a 400. GET is not served at all (405), so no operation, and no mutation, runs over GET.
 */
@ApplicationScoped
public class HttpGate {

    static final int MAX_BODY_BYTES = 100_000;
    /** Marks the gate's own request to the engine for an answer it does not have yet. */
    static final String FILL = "X-Ceasefire-Cache-Fill";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Cache<String, Answer> answers = Caffeine.newBuilder()
            .maximumWeight(32L * 1024 * 1024).weigher((String k, Answer a) -> k.length() + a.body().length()).build();
    private volatile HttpClient client;

    @Inject
    DatasetVersion datasetVersion;

    void install(@Observes Router router) {
        router.post("/graphql").order(-100).handler(BodyHandler.create(false).setBodyLimit(MAX_BODY_BYTES))
                .handler(this::check);
    }

    private void check(RoutingContext ctx) {
        String contentType = ctx.request().getHeader(HttpHeaders.CONTENT_TYPE);
        String media = contentType == null ? "" : contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        if (media.equals("application/graphql")) {
            if (ctx.body().asString() == null || ctx.body().asString().isBlank()) {
                refuse(ctx, 400, "BAD_REQUEST", "The application/graphql request body is empty: send the query.");
                return;
            }
            parse(ctx, ctx.body().asString());
            return;
        }
        if (!media.equals("application/json")) {
            refuse(ctx, 415, "UNSUPPORTED_MEDIA_TYPE", "GraphQL requests must be POSTed as application/json"
                    + " ({\"query\": ..., \"variables\": ...}) or application/graphql; "
                    + (media.isEmpty() ? "no Content-Type was given." : "'" + media + "' is not accepted."));
            return;
        }
        JsonNode body;
        try {
            body = JSON.readTree(ctx.body().asString());
        } catch (Exception e) {
            refuse(ctx, 400, "BAD_REQUEST", "The request body is not valid JSON.");
            return;
        }
        if (body == null || !body.isObject()) {
            refuse(ctx, 400, "BAD_REQUEST", "The request body must be a JSON object with a 'query' string.");
        } else if (!body.path("query").isTextual() || body.path("query").asText().isBlank()) {
            refuse(ctx, 400, "BAD_REQUEST", "The request has no query: give the operation as a non-empty 'query' string.");
        } else if (body.has("variables") && !body.get("variables").isObject() && !body.get("variables").isNull()) {
            refuse(ctx, 400, "BAD_REQUEST", "'variables' must be a JSON object (or null).");
        } else if (body.has("operationName") && !body.get("operationName").isTextual()
                && !body.get("operationName").isNull()) {
            refuse(ctx, 400, "BAD_REQUEST", "'operationName' must be a string (or null).");
        } else {
            parse(ctx, body.get("query").asText());
        }
    }

    /** A query that does not parse is a 400 naming where it breaks (the engine would only say "unparseable"). */
    private void parse(RoutingContext ctx, String query) {
        try {
            new Parser().parseDocument(query);
        } catch (InvalidSyntaxException e) {
            refuse(ctx, 400, "GRAPHQL_PARSE_FAILED", "The query is not valid GraphQL: " + e.getMessage());
            return;
        }
        cached(ctx);
    }

    /**
     * Answers a repeated operation from memory. The data change only with the dataset version, so an answer without
     * errors stays right until then; the key is the version, the Accept header and the exact request body. A miss is
     * sent on to the engine on this same server (marked {@value #FILL}, which only skips this cache) and its answer
     * kept: a caching proxy in front of the engine, so the engine's own HTTP handling stays Quarkus's. Requests with
     * {@code Cache-Control: no-cache} go straight to the engine.
     */
    private void cached(RoutingContext ctx) {
        String version = datasetVersion.get();
        String cacheControl = ctx.request().getHeader(HttpHeaders.CACHE_CONTROL);
        if (version == null || ctx.request().getHeader(FILL) != null
                || cacheControl != null && cacheControl.toLowerCase(Locale.ROOT).contains("no-cache")) {
            ctx.next();
            return;
        }
        String accept = ctx.request().getHeader(HttpHeaders.ACCEPT);
        String contentType = ctx.request().getHeader(HttpHeaders.CONTENT_TYPE);
        String key = version + "\n" + accept + "\n" + contentType + "\n" + ctx.body().asString();
        Answer answer = answers.getIfPresent(key);
        if (answer != null) {
            answer.send(ctx);
            return;
        }
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.POST).setURI("/graphql")
                .setHost(ctx.request().localAddress().host()).setPort(ctx.request().localAddress().port())
                .putHeader(FILL, "1").putHeader(HttpHeaders.CONTENT_TYPE, contentType);
        if (accept != null) {
            options.putHeader(HttpHeaders.ACCEPT, accept);
        }
        client(ctx).request(options).compose(request -> request.send(ctx.body().buffer()))
                .compose(response -> response.body().map(body -> new Answer(response.statusCode(),
                        response.getHeader(HttpHeaders.CONTENT_TYPE), body)))
                .onSuccess(fresh -> {
                    if (fresh.status() == 200 && !fresh.body().toString().contains("\"errors\"")) {
                        answers.put(key, fresh);
                    }
                    fresh.send(ctx);
                }).onFailure(ctx::fail);
    }

    private HttpClient client(RoutingContext ctx) {
        HttpClient c = client;
        if (c == null) {
            synchronized (this) {
                if (client == null) {
                    client = ctx.vertx().createHttpClient(new HttpClientOptions().setMaxPoolSize(32));
                }
                c = client;
            }
        }
        return c;
    }

    /** A kept answer of the engine. */
    record Answer(int status, String contentType, Buffer body) {

        void send(RoutingContext ctx) {
            ctx.response().setStatusCode(status);
            if (contentType != null) {
                ctx.response().putHeader(HttpHeaders.CONTENT_TYPE, contentType);
            }
            ctx.response().end(body);
        }
    }

    private static void refuse(RoutingContext ctx, int status, String code, String message) {
        try {
            ctx.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                    .end(JSON.writeValueAsString(Map.of("errors",
                            java.util.List.of(Map.of("message", message, "extensions", Map.of("code", code))))));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            ctx.fail(e);
        }
    }
}
