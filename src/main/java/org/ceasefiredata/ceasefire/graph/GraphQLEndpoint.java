package org.ceasefiredata.ceasefire.graph;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;

import org.ceasefiredata.ceasefire.http.RateLimits;
import org.ceasefiredata.ceasefire.kernel.DatasetVersion;
import org.ceasefiredata.ceasefire.paging.Budget;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;

import graphql.ExecutionResult;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import io.smallrye.graphql.execution.ExecutionResponse;
import io.smallrye.graphql.execution.ExecutionResponseWriter;
import io.smallrye.graphql.execution.ExecutionService;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * The GraphQL endpoint over HTTP, as the GraphQL-over-HTTP specification describes it:
 * <ul>
 * <li>POST with an {@code application/json} body ({@code query}, {@code variables}, {@code operationName},
 * {@code extensions}) or an {@code application/graphql} body; any other media type is refused with 415 before anything
 * runs, so a cross-site form post ({@code text/plain}) runs nothing;</li>
 * <li>GET with the same as query parameters, for queries only (a mutation over GET is a 405, should one ever exist),
 * answered with the REST API's {@code ETag} and {@code Cache-Control}, so browsers and CDNs can keep the answer;</li>
 * <li>Apollo's automatic persisted queries ({@code extensions.persistedQuery.sha256Hash}, over GET and POST): a client
 * may send the hash alone once the server has seen the document;</li>
 * <li>{@code Accept: application/graphql-response+json}: request errors (malformed, parse, validation, limits: no
 * {@code data}) are 4xx, answers with {@code data} 200; with {@code application/json} (the default) every answer the
 * engine gives is a 200;</li>
 * <li>other methods: 405 with {@code Allow}.</li>
 * </ul>
 * Repeated operations are answered from memory (keyed by the dataset version, the response media type and the
 * operation with its variables; only answers without errors are kept; {@code Cache-Control: no-cache} bypasses it); the
 * others run on a worker thread, never on an event loop, through SmallRye's execution service.
 * <p>
 * Every request is charged to its client's rate-limit budget ({@link RateLimits}, shared with REST) once, by its cost:
 * one unit plus one per {@value #FIELDS_PER_UNIT} fields of the operation as executed (fragments expanded, see
 * {@link DocumentSize}), so the most expensive operation allowed ({@code ceasefire.graphql.max-fields}) costs 21 REST
 * requests. An answer from memory costs one unit, as it runs nothing; a request refused before its size is known
 * (malformed, unparsable) costs one. Over the budget: 429 with {@code Retry-After}, {@code RateLimit},
 * {@code RateLimit-Policy} and an error coded {@code RATE_LIMITED}, and nothing runs. The database failing (down,
 * too slow) is a 503 with {@code Retry-After} and {@code SERVICE_UNAVAILABLE} (see {@link Limits}).
 */
@ApplicationScoped
public class GraphQLEndpoint {

    static final int MAX_BODY_BYTES = 100_000;
    static final String GRAPHQL_RESPONSE = "application/graphql-response+json";
    private static final String JSON_MEDIA = "application/json";
    private static final String CACHE_CONTROL = "public, max-age=300";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Fields of an operation per rate-limit unit, above the one unit every request costs. */
    static final long FIELDS_PER_UNIT = 100;
    /** Codes of errors that are the server's, not the client's. */
    private static final List<Object> SERVER_CODES = List.of("INTERNAL_SERVER_ERROR", "SERVICE_UNAVAILABLE",
            "EXECUTION_TIMEOUT");

    @Inject
    DatasetVersion datasetVersion;
    @Inject
    ExecutionService executionService;
    @Inject
    RateLimits rateLimits;
    @ConfigProperty(name = "ceasefire.http.retry-after", defaultValue = "5")
    int retryAfter;

    private final Cache<String, Buffer> answers;
    /** Documents known to parse, by text: a repeated operation is not parsed again here. */
    /**
     * The JSON-P provider, looked up once: every {@code Json.createXxx} call looks it up again through the
     * ServiceLoader, which scans the class path (19 % of the samples of an uncached bench/peers.sh run).
     */
    private static final JsonProvider JSONP = JsonProvider.provider();

    private final Cache<String, Document> parsed = Caffeine.newBuilder().maximumSize(2_000).build();
    /** Persisted queries by SHA-256 (Apollo's protocol); bounded, so clients resend a forgotten document. */
    private final Cache<String, String> persisted = Caffeine.newBuilder().maximumSize(10_000).build();

    private final long maxFields;
    private final Duration timeout;

    GraphQLEndpoint(@ConfigProperty(name = "ceasefire.graphql.cache.max-bytes", defaultValue = "33554432") long maxBytes,
            @ConfigProperty(name = "ceasefire.graphql.max-fields", defaultValue = "2000") long maxFields,
            @ConfigProperty(name = "ceasefire.graphql.timeout", defaultValue = "10s") Duration timeout) {
        this.answers = Caffeine.newBuilder().maximumWeight(maxBytes)
                .weigher((String k, Buffer a) -> k.length() + a.length()).build();
        this.maxFields = maxFields;
        this.timeout = timeout;
    }

    void install(@Observes Router router) {
        router.route("/graphql").order(-100).handler(BodyHandler.create(false).setBodyLimit(MAX_BODY_BYTES))
                .handler(this::handle);
    }

    /** A request the client must correct: its status, code and message. */
    static final class Refused extends RuntimeException {
        final int status;
        final String code;

        Refused(int status, String code, String message) {
            super(message, null, false, false);
            this.status = status;
            this.code = code;
        }
    }

    private void handle(RoutingContext ctx) {
        HttpMethod method = ctx.request().method();
        if (method == HttpMethod.OPTIONS) {
            ctx.next(); // CORS preflights
            return;
        }
        String media = responseMedia(ctx.request().getHeader(HttpHeaders.ACCEPT));
        if (media == null) {
            if (!charge(ctx, JSON_MEDIA, 1)) {
                return;
            }
            refuse(ctx, JSON_MEDIA, new Refused(406, "NOT_ACCEPTABLE", "GraphQL answers are " + GRAPHQL_RESPONSE
                    + " or " + JSON_MEDIA + "; the Accept header allows neither."));
            return;
        }
        try {
            if (method != HttpMethod.GET && method != HttpMethod.POST) {
                ctx.response().putHeader(HttpHeaders.ALLOW, "GET, POST, OPTIONS");
                throw new Refused(405, "METHOD_NOT_ALLOWED", "GraphQL is served over POST, and over GET for queries; "
                        + method + " is not allowed.");
            }
            JsonObject request = method == HttpMethod.GET ? fromQueryString(ctx) : fromBody(ctx);
            String query = document(request);
            Document document = parse(query);
            long fields = DocumentSize.of(document, request.getString("operationName", null), maxFields);
            if (fields > maxFields) {
                throw new Refused(400, "MAX_COMPLEXITY_EXCEEDED", "The operation has more than " + maxFields
                        + " fields once its fragments are expanded; ask for fewer fields, or split it.");
            }
            if (method == HttpMethod.GET && mutates(document, request.getString("operationName", null))) {
                ctx.response().putHeader(HttpHeaders.ALLOW, "POST");
                throw new Refused(405, "METHOD_NOT_ALLOWED", "Only queries run over GET; send other operations with POST.");
            }
            answer(ctx, method, media, JSONP.createObjectBuilder(request).add("query", query).build(),
                    1 + fields / FIELDS_PER_UNIT);
        } catch (Refused e) {
            if (charge(ctx, media, 1)) {
                refuse(ctx, media, e);
            }
        }
    }

    /**
     * Charges {@code cost} units to the client's budget and adds the rate-limit header fields; over the budget, answers
     * 429 and returns false.
     */
    private boolean charge(RoutingContext ctx, String media, long cost) {
        RateLimits.Decision decision = rateLimits.tryConsume(RateLimits.clientKey(ctx.request()), cost);
        decision.headers().forEach(ctx.response()::putHeader);
        if (decision.allowed()) {
            return true;
        }
        refuse(ctx, media, new Refused(429, "RATE_LIMITED", "Too many requests from this client: this operation costs "
                + cost + (cost == 1 ? " unit" : " units") + " (one, plus one per " + FIELDS_PER_UNIT
                + " fields) of a budget of " + rateLimits.capacity() + " per " + rateLimits.window().toSeconds()
                + " s. Retry after " + decision.retryAfterSeconds() + " s."));
        return false;
    }

    private void answer(RoutingContext ctx, HttpMethod method, String media, JsonObject request, long cost) {
        String version = datasetVersion.get();
        String cacheControl = ctx.request().getHeader(HttpHeaders.CACHE_CONTROL);
        boolean useCache = version != null
                && (cacheControl == null || !cacheControl.toLowerCase(Locale.ROOT).contains("no-cache"));
        String etag = version == null ? null : "W/\"" + version + "\"";
        String key = version + "\n" + media + "\n" + request.getString("query") + "\n" + request.get("variables") + "\n"
                + request.get("operationName");
        Buffer kept = useCache ? answers.getIfPresent(key) : null;
        // An answer from memory runs nothing: it costs what a REST request does.
        if (!charge(ctx, media, kept != null ? 1 : cost)) {
            return;
        }
        if (kept != null) {
            if (method == HttpMethod.GET && matches(ctx.request().getHeader(HttpHeaders.IF_NONE_MATCH), etag)) {
                ctx.response().setStatusCode(304).putHeader(HttpHeaders.ETAG, etag)
                        .putHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL).end();
                return;
            }
            send(ctx, method, media, 200, kept, etag);
            return;
        }
        Budget budget = Budget.of(timeout);
        ctx.response().closeHandler(closed -> budget.cancel());
        ctx.vertx().<Answer>executeBlocking(() -> execute(request, media, ctx, budget), false).onComplete(result -> {
            if (result.failed()) {
                ctx.fail(result.cause());
                return;
            }
            Answer answer = result.result();
            if (useCache && answer.cacheable()) {
                answers.put(key, answer.body());
            }
            if (answer.status() == 503) {
                ctx.response().putHeader("Retry-After", Integer.toString(retryAfter));
            }
            send(ctx, method, media, answer.status(), answer.body(), answer.cacheable() ? etag : null);
        });
    }

    /** What the engine answered: the status to send, the body, and whether it may be kept. */
    record Answer(int status, Buffer body, boolean cacheable) {
    }

    /** Runs the operation on this (worker) thread, in a request context of its own. */
    private Answer execute(JsonObject request, String media, RoutingContext ctx, Budget budget) {
        ManagedContext requestContext = Arc.container().requestContext();
        requestContext.activate();
        budget.bind();
        try {
            Map<String, Object> metadata = new HashMap<>();
            // Already off the event loop: resolvers run here, not dispatched again to a worker.
            metadata.put("runBlocking", true);
            metadata.put("state", requestContext.getState());
            metadata.put("httpHeaders", headers(ctx));
            AtomicReference<ExecutionResponse> response = new AtomicReference<>();
            executionService.executeSync(request, metadata, new ExecutionResponseWriter() {
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
            // A request error (validation, limits) has no data: a 4xx where the client asked for the GraphQL media type.
            // An operation stopped for running too long, or by the database failing, is the server's to answer: 503
            // (with Retry-After), whatever the media type.
            boolean unavailable = result.getErrors().stream().anyMatch(e -> e.getExtensions() != null
                    && List.of("EXECUTION_TIMEOUT", "SERVICE_UNAVAILABLE").contains(e.getExtensions().get("code")));
            // With no data at all (absent, or null because a non-null root failed) for the client's own mistakes
            // (a variable not of its type, a forged cursor), the answer is a request error too.
            boolean clients = result.getErrors().stream().noneMatch(e -> e.getExtensions() == null
                    || SERVER_CODES.contains(e.getExtensions().get("code")));
            int status = unavailable
                    ? 503
                    : media.equals(GRAPHQL_RESPONSE) && (!result.isDataPresent() || result.getData() == null && clients)
                            ? 400
                            : 200;
            // Written with Jackson from the specification's shape: errors already carry their codes (Limits).
            return new Answer(status, Buffer.buffer(JSON.writeValueAsBytes(specification(result))),
                    result.getErrors().isEmpty());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        } finally {
            budget.close();
            requestContext.terminate();
        }
    }

    /**
     * The result in the specification's shape, without graphql-java's {@code classification} (a name of its Java error
     * classes; the {@code code} says what clients need).
     */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> specification(ExecutionResult result) {
        Map<String, Object> spec = new LinkedHashMap<>(result.toSpecification());
        Object errors = spec.get("errors");
        if (errors instanceof List<?> list) {
            spec.put("errors", list.stream().map(e -> {
                Map<String, Object> error = new LinkedHashMap<>((Map<String, Object>) e);
                if (error.get("extensions") instanceof Map<?, ?> ext) {
                    Map<String, Object> extensions = new LinkedHashMap<>((Map<String, Object>) ext);
                    extensions.remove("classification");
                    error.put("extensions", extensions);
                }
                return error;
            }).toList());
        }
        return spec;
    }

    /** The request of a POST body. */
    private JsonObject fromBody(RoutingContext ctx) {
        String contentType = ctx.request().getHeader(HttpHeaders.CONTENT_TYPE);
        String media = mediaType(contentType);
        String body = ctx.body().asString();
        if (media.equals("application/graphql")) {
            if (body == null || body.isBlank()) {
                throw new Refused(400, "BAD_REQUEST", "The application/graphql request body is empty: send the query.");
            }
            return JSONP.createObjectBuilder().add("query", body).build();
        }
        if (!media.equals(JSON_MEDIA)) {
            throw new Refused(415, "UNSUPPORTED_MEDIA_TYPE", "GraphQL requests must be POSTed as application/json"
                    + " ({\"query\": ..., \"variables\": ...}) or application/graphql; "
                    + (media.isEmpty() ? "no Content-Type was given." : "'" + media + "' is not accepted."));
        }
        JsonNode json;
        try {
            json = JSON.readTree(body == null ? "" : body);
        } catch (Exception e) {
            throw new Refused(400, "BAD_REQUEST", "The request body is not valid JSON.");
        }
        if (json == null || !json.isObject()) {
            throw new Refused(400, "BAD_REQUEST", "The request body must be a JSON object with a 'query' string.");
        }
        return request(json.get("query"), json.get("variables"), json.get("operationName"), json.get("extensions"));
    }

    /**
     * The media type of a Content-Type, lower case, without parameters. A browser joins a header set twice into one
     * value ({@code application/json, application/json}): the bundled GraphQL UI's fetcher sets Content-Type twice, in
     * two spellings. One media type repeated is that media type; different ones are refused as they stand.
     */
    static String mediaType(String contentType) {
        if (contentType == null) {
            return "";
        }
        List<String> types = java.util.Arrays.stream(contentType.split(","))
                .map(part -> part.split(";", 2)[0].trim().toLowerCase(Locale.ROOT)).distinct().toList();
        return types.size() == 1 ? types.get(0) : contentType.trim().toLowerCase(Locale.ROOT);
    }

    /** The request of a GET: {@code query}, {@code variables}, {@code operationName}, {@code extensions}. */
    private JsonObject fromQueryString(RoutingContext ctx) {
        try {
            return request(text(ctx.queryParam("query")), json(ctx.queryParam("variables"), "variables"),
                    text(ctx.queryParam("operationName")), json(ctx.queryParam("extensions"), "extensions"));
        } catch (IllegalArgumentException e) {
            throw new Refused(400, "BAD_REQUEST", "The query string is malformed (a '%' must start a valid escape).");
        }
    }

    private static JsonNode text(List<String> values) {
        return values == null || values.isEmpty() ? null : JSON.getNodeFactory().textNode(values.get(0));
    }

    private static JsonNode json(List<String> values, String name) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        try {
            return JSON.readTree(values.get(0));
        } catch (Exception e) {
            throw new Refused(400, "BAD_REQUEST", "'" + name + "' is not valid JSON.");
        }
    }

    /** A checked request, as SmallRye's execution service takes it. */
    private static JsonObject request(JsonNode query, JsonNode variables, JsonNode operationName, JsonNode extensions) {
        if (query != null && !query.isNull() && (!query.isTextual() || query.asText().isBlank())) {
            throw new Refused(400, "BAD_REQUEST",
                    "The request has no query: give the operation as a non-empty 'query' string.");
        }
        if (variables != null && !variables.isObject() && !variables.isNull()) {
            throw new Refused(400, "BAD_REQUEST", "'variables' must be a JSON object (or null).");
        }
        if (operationName != null && !operationName.isTextual() && !operationName.isNull()) {
            throw new Refused(400, "BAD_REQUEST", "'operationName' must be a string (or null).");
        }
        if (extensions != null && !extensions.isObject() && !extensions.isNull()) {
            throw new Refused(400, "BAD_REQUEST", "'extensions' must be a JSON object (or null).");
        }
        Map<String, Object> map = new LinkedHashMap<>();
        if (query != null && query.isTextual()) {
            map.put("query", query.asText());
        }
        if (variables != null && variables.isObject()) {
            map.put("variables", variables);
        }
        if (operationName != null && operationName.isTextual()) {
            map.put("operationName", operationName.asText());
        }
        if (extensions != null && extensions.isObject()) {
            map.put("extensions", extensions);
        }
        try {
            return JSONP.createReader(new StringReader(JSON.writeValueAsString(map))).readObject();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The operation's document: the {@code query}, or the persisted document of {@code extensions.persistedQuery}
     * (Apollo's automatic persisted queries: a hash alone finds a document sent before; a document with its hash is
     * checked against it and kept).
     */
    private String document(JsonObject request) {
        String query = request.getString("query", null);
        JsonObject extensions = request.containsKey("extensions") ? request.getJsonObject("extensions") : null;
        JsonObject persistedQuery = extensions != null && extensions.get("persistedQuery") instanceof JsonObject p ? p : null;
        if (persistedQuery == null) {
            if (query == null) {
                throw new Refused(400, "BAD_REQUEST",
                        "The request has no query: give the operation as a non-empty 'query' string.");
            }
            return query;
        }
        String hash = persistedQuery.getString("sha256Hash", "").toLowerCase(Locale.ROOT);
        if (persistedQuery.getInt("version", 1) != 1 || !hash.matches("[0-9a-f]{64}")) {
            throw new Refused(400, "PERSISTED_QUERY_NOT_SUPPORTED",
                    "persistedQuery must be {\"version\": 1, \"sha256Hash\": <64 hex digits>}.");
        }
        if (query == null) {
            String known = persisted.getIfPresent(hash);
            if (known == null) {
                throw new Refused(400, "PERSISTED_QUERY_NOT_FOUND", "PersistedQueryNotFound");
            }
            return known;
        }
        if (!hash.equals(sha256(query))) {
            throw new Refused(400, "BAD_REQUEST", "provided sha does not match query");
        }
        persisted.put(hash, query);
        return query;
    }

    /** The document parsed (and kept): a syntax error is a 400 naming where, which the engine would not say. */
    private Document parse(String query) {
        Document known = parsed.getIfPresent(query);
        if (known != null) {
            return known;
        }
        try {
            Document document = new Parser().parseDocument(query);
            parsed.put(query, document);
            return document;
        } catch (InvalidSyntaxException e) {
            throw new Refused(400, "GRAPHQL_PARSE_FAILED", "The query is not valid GraphQL: " + e.getMessage());
        }
    }

    /** Whether the operation to run is not a query (a mutation or subscription). */
    private static boolean mutates(Document document, String operationName) {
        for (OperationDefinition op : document.getDefinitionsOfType(OperationDefinition.class)) {
            if ((operationName == null || operationName.equals(op.getName()))
                    && op.getOperation() != OperationDefinition.Operation.QUERY) {
                return true;
            }
        }
        return false;
    }

    /** The media type to answer in: GraphQL's own when asked for, else JSON; null when Accept allows neither. */
    static String responseMedia(String accept) {
        if (accept == null || accept.isBlank()) {
            return JSON_MEDIA;
        }
        String best = null;
        double bestQ = -1;
        for (String part : accept.split(",")) {
            String[] pieces = part.trim().split(";");
            String type = pieces[0].trim().toLowerCase(Locale.ROOT);
            double q = 1;
            for (int i = 1; i < pieces.length; i++) {
                String p = pieces[i].trim();
                if (p.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(p.substring(2));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            String candidate = switch (type) {
                case GRAPHQL_RESPONSE -> GRAPHQL_RESPONSE;
                case JSON_MEDIA, "application/*", "*/*" -> JSON_MEDIA;
                default -> null;
            };
            if (candidate != null && q > 0 && (q > bestQ || q == bestQ && candidate.equals(GRAPHQL_RESPONSE))) {
                best = candidate;
                bestQ = q;
            }
        }
        return best;
    }

    private static Map<String, List<String>> headers(RoutingContext ctx) {
        Map<String, List<String>> headers = new HashMap<>();
        for (String name : ctx.request().headers().names()) {
            headers.put(name, ctx.request().headers().getAll(name));
        }
        return headers;
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || etag == null) {
            return false;
        }
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.trim();
            if (t.equals("*") || t.replaceFirst("^W/", "").equals(etag.replaceFirst("^W/", ""))) {
                return true;
            }
        }
        return false;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void send(RoutingContext ctx, HttpMethod method, String media, int status, Buffer body, String etag) {
        ctx.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, media + ";charset=UTF-8")
                .putHeader(HttpHeaders.VARY, "Accept, Origin, Accept-Encoding");
        if (method == HttpMethod.GET && etag != null) {
            ctx.response().putHeader(HttpHeaders.ETAG, etag).putHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
        }
        ctx.response().end(body);
    }

    private static void refuse(RoutingContext ctx, String media, Refused refused) {
        // Under application/json a GraphQL error answer is a 200 by the specification's legacy rule, except the request
        // errors this endpoint finds itself, which were always 4xx here.
        JsonObjectBuilder error = JSONP.createObjectBuilder().add("message", refused.getMessage())
                .add("extensions", JSONP.createObjectBuilder().add("code", refused.code));
        ctx.response().setStatusCode(refused.status).putHeader(HttpHeaders.CONTENT_TYPE, media + ";charset=UTF-8")
                .end(JSONP.createObjectBuilder().add("errors", JSONP.createArrayBuilder().add(error)).build().toString());
    }
}
