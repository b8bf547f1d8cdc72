package org.ceasefiredata.ceasefire.graph;

import java.io.StringReader;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.ceasefiredata.ceasefire.kernel.DatasetVersion;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;

import graphql.ExecutionResult;
import io.smallrye.graphql.execution.ExecutionResponse;
import io.smallrye.graphql.execution.ExecutionService;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * The GraphQL endpoint over HTTP. It checks what reaches the engine — a POST with an {@code application/json} body
 * holding a {@code query} string, or an {@code application/graphql} body; any other media type is refused with 415
 * before anything runs (so a browser cannot be made to run a query with a "simple" cross-site form post), a body that
 * is not such JSON is a 400 — answers repeated operations from memory, and runs the others on a worker thread, never
 * on an event loop, through SmallRye's execution service.
 * <p>
 * The answer cache is in-process and keyed by the dataset version, the Accept header and the exact request body; only
 * answers without errors are kept (until the dataset version changes). {@code Cache-Control: no-cache} bypasses it.
 */
@ApplicationScoped
public class GraphQLEndpoint {

    static final int MAX_BODY_BYTES = 100_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    DatasetVersion datasetVersion;
    @Inject
    ExecutionService executionService;

    private final Cache<String, Buffer> answers;

    GraphQLEndpoint(@ConfigProperty(name = "ceasefire.graphql.cache.max-bytes", defaultValue = "33554432") long maxBytes) {
        this.answers = Caffeine.newBuilder().maximumWeight(maxBytes)
                .weigher((String k, Buffer a) -> k.length() + a.length()).build();
    }

    void install(@Observes Router router) {
        router.post("/graphql").order(-100).handler(BodyHandler.create(false).setBodyLimit(MAX_BODY_BYTES))
                .handler(this::post);
    }

    private void post(RoutingContext ctx) {
        String contentType = ctx.request().getHeader(HttpHeaders.CONTENT_TYPE);
        String media = contentType == null ? "" : contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        String body = ctx.body().asString();
        JsonObject request;
        if (media.equals("application/graphql")) {
            if (body == null || body.isBlank()) {
                refuse(ctx, 400, "BAD_REQUEST", "The application/graphql request body is empty: send the query.");
                return;
            }
            request = Json.createObjectBuilder().add("query", body).build();
        } else if (!media.equals("application/json")) {
            refuse(ctx, 415, "UNSUPPORTED_MEDIA_TYPE", "GraphQL requests must be POSTed as application/json"
                    + " ({\"query\": ..., \"variables\": ...}) or application/graphql; "
                    + (media.isEmpty() ? "no Content-Type was given." : "'" + media + "' is not accepted."));
            return;
        } else {
            String problem = check(body);
            if (problem != null) {
                refuse(ctx, 400, "BAD_REQUEST", problem);
                return;
            }
            request = Json.createReader(new StringReader(body)).readObject();
        }
        String syntax = syntaxError(request.getString("query"));
        if (syntax != null) {
            refuse(ctx, 400, "GRAPHQL_PARSE_FAILED", "The query is not valid GraphQL: " + syntax);
            return;
        }
        String version = datasetVersion.get();
        String cacheControl = ctx.request().getHeader(HttpHeaders.CACHE_CONTROL);
        boolean useCache = version != null
                && (cacheControl == null || !cacheControl.toLowerCase(Locale.ROOT).contains("no-cache"));
        String key = version + "\n" + ctx.request().getHeader(HttpHeaders.ACCEPT) + "\n" + media + "\n" + body;
        Buffer kept = useCache ? answers.getIfPresent(key) : null;
        if (kept != null) {
            send(ctx, 200, kept);
            return;
        }
        ctx.vertx().<Answer>executeBlocking(() -> execute(request, ctx), false).onComplete(result -> {
            if (result.failed()) {
                ctx.fail(result.cause());
                return;
            }
            Answer answer = result.result();
            if (useCache && answer.cacheable()) {
                answers.put(key, answer.body());
            }
            send(ctx, answer.status(), answer.body());
        });
    }

    /** What the engine answered: the status to send, the body, and whether it may be kept. */
    record Answer(int status, Buffer body, boolean cacheable) {
    }

    /** Runs the operation on this (worker) thread, in a request context of its own. */
    private Answer execute(JsonObject request, RoutingContext ctx) {
        ManagedContext requestContext = Arc.container().requestContext();
        requestContext.activate();
        try {
            Map<String, Object> metadata = new HashMap<>();
            // Already off the event loop: resolvers run here, not dispatched again to a worker.
            metadata.put("runBlocking", true);
            metadata.put("state", requestContext.getState());
            metadata.put("httpHeaders", headers(ctx));
            AtomicReference<ExecutionResponse> response = new AtomicReference<>();
            executionService.executeSync(request, metadata, new io.smallrye.graphql.execution.ExecutionResponseWriter() {
                @Override
                public void write(ExecutionResponse r) {
                    response.set(r);
                }

                @Override
                public void fail(Throwable t) {
                    throw t instanceof RuntimeException e ? e : new IllegalStateException(t);
                }
            });
            ExecutionResult result = response.get().getExecutionResult();
            Buffer body = Buffer.buffer(response.get().getExecutionResultAsString());
            return new Answer(200, body, result.getErrors().isEmpty());
        } finally {
            requestContext.terminate();
        }
    }

    /** Documents known to parse (the engine keeps them parsed too): a repeated operation is not parsed again here. */
    private final Cache<String, Boolean> parsed = Caffeine.newBuilder().maximumSize(2_000).build();

    /**
     * Where a document does not parse (line and column), or null. Checked here because the engine reports any syntax
     * error as an "unparseable input document" without saying where.
     */
    private String syntaxError(String query) {
        if (parsed.getIfPresent(query) != null) {
            return null;
        }
        try {
            new graphql.parser.Parser().parseDocument(query);
        } catch (graphql.parser.InvalidSyntaxException e) {
            return e.getMessage();
        }
        parsed.put(query, Boolean.TRUE);
        return null;
    }

    private static Map<String, List<String>> headers(RoutingContext ctx) {
        Map<String, List<String>> headers = new HashMap<>();
        for (String name : ctx.request().headers().names()) {
            headers.put(name, ctx.request().headers().getAll(name));
        }
        return headers;
    }

    /** What is wrong with a JSON request body, or null. */
    private static String check(String body) {
        JsonNode json;
        try {
            json = JSON.readTree(body);
        } catch (Exception e) {
            return "The request body is not valid JSON.";
        }
        if (json == null || !json.isObject()) {
            return "The request body must be a JSON object with a 'query' string.";
        }
        if (!json.path("query").isTextual() || json.path("query").asText().isBlank()) {
            return "The request has no query: give the operation as a non-empty 'query' string.";
        }
        if (json.has("variables") && !json.get("variables").isObject() && !json.get("variables").isNull()) {
            return "'variables' must be a JSON object (or null).";
        }
        if (json.has("operationName") && !json.get("operationName").isTextual() && !json.get("operationName").isNull()) {
            return "'operationName' must be a string (or null).";
        }
        return null;
    }

    private static void send(RoutingContext ctx, int status, Buffer body) {
        ctx.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, "application/json;charset=UTF-8")
                .end(body);
    }

    private static void refuse(RoutingContext ctx, int status, String code, String message) {
        try {
            ctx.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                    .end(JSON.writeValueAsString(Map.of("errors",
                            List.of(Map.of("message", message, "extensions", Map.of("code", code))))));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            ctx.fail(e);
        }
    }
}
