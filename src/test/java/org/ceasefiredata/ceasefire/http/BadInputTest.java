package org.ceasefiredata.ceasefire.http;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.ceasefiredata.ceasefire.ops.LogCapture;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Replays a catalogue of bad requests (#11) and asserts, for every probe: a 4xx (the one the catalogue names), a clean
 * error body (RFC 9457 problem details naming the parameter where there is one), nothing of the server's insides in
 * it (no Java names, SQL or stack frames), and no stack trace, nor any ERROR, in the log.
 * <p>
 * Catalogues are JSON files under {@code src/test/resources/bad-input/}, one per kind of API ({@link #CATALOGUES});
 * each probe has a {@code name}, a {@code method} (GET), a {@code target} (sent byte for byte; {@code {{text*n}}}
 * repeats a text n times) or a {@code list} plus {@code cursorPatch} (a real cursor of that list, its JSON changed),
 * {@code headers}, a {@code body}, the expected {@code status} and the {@code field} a violation must name.
 * <p>
 * GraphQL probes ({@code graphql.json}) are POSTed to {@code /graphql} unless they say otherwise, as
 * {@code application/json} asking for {@code application/graphql-response+json} unless they give {@code headers};
 * their {@code json} is the body as JSON (or a {@code body} is sent as it stands), and {@code code} is the error code
 * expected. A clean GraphQL error has a message and a client's {@code extensions.code} ({@link #GRAPHQL_CLIENT_CODES}),
 * never {@code INTERNAL_SERVER_ERROR}, engine codes ({@code SRGQL...}), Java names or syntax-tree dumps. A request error
 * (unparsable, invalid, over a limit) is a 4xx; a bad argument value found while resolving a field (a forged cursor, a
 * malformed date) is, as the GraphQL-over-HTTP specification requires for an answer with a {@code data} entry, a 200
 * with {@code BAD_USER_INPUT} errors (the catalogue says 200 for those), unless that left no data at all (a non-null
 * root field): then it is a request error, 400. Errors of the HTTP layer (a malformed URI, 413, 414) are problem+json,
 * as on every path.
 */
@QuarkusTest
class BadInputTest {

    /** Catalogue file → kind of API, which decides what a clean error looks like. */
    static final Map<String, String> CATALOGUES = Map.of("bad-input/rest.json", "rest", "bad-input/graphql.json",
            "graphql");
    /** The codes of GraphQL errors a client causes. */
    static final java.util.Set<String> GRAPHQL_CLIENT_CODES = java.util.Set.of("BAD_USER_INPUT",
            "GRAPHQL_VALIDATION_FAILED", "GRAPHQL_PARSE_FAILED", "MAX_COMPLEXITY_EXCEEDED", "MAX_DEPTH_EXCEEDED",
            "MAX_FIRST_EXCEEDED", "BAD_REQUEST", "METHOD_NOT_ALLOWED", "UNSUPPORTED_MEDIA_TYPE", "NOT_ACCEPTABLE",
            "PERSISTED_QUERY_NOT_FOUND", "PERSISTED_QUERY_NOT_SUPPORTED");
    /** Syntax-tree dumps ({@code FloatValue{value=1.5}}, {@code Field{name='x'}}) and engine codes. */
    private static final List<Pattern> ENGINE_INTERNALS = List.of(Pattern.compile("\\w+\\{\\w+='?"),
            Pattern.compile("SRGQL"), Pattern.compile("classification"),
            Pattern.compile("Validation error \\("), Pattern.compile("'\\w*(Map|List|Value)'"));

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern REPEAT = Pattern.compile("\\{\\{(.+?)\\*(\\d+)}}");
    /** What must never reach a client: Java names, stack frames, SQL, the database's own words. */
    private static final List<Pattern> INTERNALS = List.of(
            Pattern.compile("\\b(java|javax|jakarta|org|com|io|sun)\\.[a-z]\\w*\\.[A-Za-z]"),
            Pattern.compile("\\w+(Exception|Error)\\b"),
            Pattern.compile("\\bat [\\w$.]+\\("),
            // java.time's own words: "Text '2016-02-30' could not be parsed: Invalid date 'FEBRUARY 30'", "Invalid
            // value for MonthOfYear (valid values 1 - 12): 13".
            Pattern.compile("could not be parsed|Invalid (date|value for)|MonthOfYear|DayOfMonth|[A-Z]{3,} \\d+'"),
            Pattern.compile("(?i)\\b(select|insert|update|delete)\\b.+\\b(from|into|set)\\b"),
            Pattern.compile("(?i)\\b(sqlstate|psql|postgres|hibernate|jdbc|vert\\.?x|resteasy|quarkus)\\b"));

    @TestHTTPResource("/")
    URL base;

    /** One bad request and what it must get. */
    record Probe(String catalogue, String kind, JsonNode spec) {

        @Override
        public String toString() {
            return kind + ": " + spec.path("name").asText();
        }
    }

    static Stream<Probe> probes() throws IOException {
        List<Probe> all = new ArrayList<>();
        for (Map.Entry<String, String> catalogue : CATALOGUES.entrySet()) {
            try (InputStream in = RawHttp.resource(catalogue.getKey())) {
                JSON.readTree(in).forEach(p -> all.add(new Probe(catalogue.getKey(), catalogue.getValue(), p)));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("probes")
    void badInputGetsAClean4xx(Probe probe) throws Exception {
        JsonNode spec = probe.spec();
        boolean graphql = probe.kind().equals("graphql");
        String target = spec.has("list")
                ? forgedCursorTarget(spec)
                : expand(spec.path("target").asText(graphql ? "/graphql" : ""));
        Map<String, String> headers = new LinkedHashMap<>();
        if (graphql && !spec.has("headers")) {
            headers.put("Content-Type", "application/json");
            headers.put("Accept", "application/graphql-response+json");
        }
        spec.path("headers").fields().forEachRemaining(h -> headers.put(h.getKey(), expand(h.getValue().asText())));
        String body = spec.has("json")
                ? JSON.writeValueAsString(spec.get("json"))
                : spec.hasNonNull("body") ? expand(spec.get("body").asText()) : null;
        RawHttp.Response response;
        List<LogRecord> logged;
        try (LogCapture log = LogCapture.start()) {
            response = RawHttp.send(base.getHost(), base.getPort(), spec.path("method").asText(graphql ? "POST" : "GET"),
                    target, headers, body);
            logged = log.records();
        }
        int expected = spec.path("status").asInt();
        assertEquals(expected, response.status(), probe + " → " + response.body());
        assertTrue(response.status() >= 400 && response.status() < 500 || graphql && response.status() == 200,
                probe + ": not a 4xx");
        assertCleanError(probe, response);
        for (LogRecord r : logged) {
            assertTrue(r.getThrown() == null, probe + ": a stack trace was logged: " + r.getMessage() + " "
                    + r.getThrown());
            assertTrue(r.getLevel().intValue() < Level.SEVERE.intValue(), probe + ": logged at ERROR: " + r.getMessage());
        }
    }

    private void assertCleanError(Probe probe, RawHttp.Response response) throws IOException {
        String kind = probe.kind();
        if (kind.equals("graphql") && String.valueOf(response.header("content-type")).startsWith("application/problem+json")) {
            // The HTTP layer refuses what no path takes (a malformed or control-character URI, oversize requests)
            // before the GraphQL endpoint sees it, as problem+json on every path.
            assertTrue(List.of(400, 413, 414, 431).contains(response.status()), probe + ": problem+json from /graphql");
            kind = "rest"; // refused by the HTTP layer, before the GraphQL endpoint
        }
        switch (kind) {
            case "graphql" -> {
                String type = String.valueOf(response.header("content-type"));
                assertTrue(type.startsWith("application/graphql-response+json") || type.startsWith("application/json"),
                        probe + ": content type " + type);
                JsonNode answer = JSON.readTree(response.body());
                JsonNode errors = answer.path("errors");
                assertTrue(errors.isArray() && !errors.isEmpty(), probe + ": no errors: " + response.body());
                List<String> codes = new ArrayList<>();
                for (JsonNode error : errors) {
                    assertFalse(error.path("message").asText().isBlank(), probe + ": an error without a message");
                    String code = error.path("extensions").path("code").asText();
                    assertTrue(GRAPHQL_CLIENT_CODES.contains(code), probe + ": code '" + code + "': " + response.body());
                    codes.add(code);
                }
                String code = probe.spec().path("code").asText(null);
                if (code != null) {
                    assertTrue(codes.contains(code), probe + ": no " + code + " error: " + response.body());
                }
                if (response.status() == 200) {
                    assertTrue(answer.has("data"), probe + ": a 200 is for an answer with data (a field error)");
                }
                for (Pattern internal : ENGINE_INTERNALS) {
                    Matcher m = internal.matcher(response.body());
                    assertFalse(m.find(), probe + ": the body shows the engine's insides (" + (m.find(0) ? m.group() : "")
                            + "): " + response.body());
                }
            }
            case "rest" -> {
                assertTrue(String.valueOf(response.header("content-type")).startsWith("application/problem+json"),
                        probe + ": content type " + response.header("content-type"));
                JsonNode problem = JSON.readTree(response.body());
                assertEquals(response.status(), problem.path("status").asInt(), probe + ": status in the body");
                assertFalse(problem.path("title").asText().isBlank(), probe + ": no title");
                assertFalse(problem.path("detail").asText().isBlank(), probe + ": no detail");
                String field = probe.spec().path("field").asText(null);
                if (field != null) {
                    List<String> fields = new ArrayList<>();
                    problem.path("violations").forEach(v -> fields.add(v.path("field").asText()));
                    assertTrue(fields.contains(field), probe + ": no violation names '" + field + "': " + response.body());
                }
            }
            default -> fail("no checks for probes of kind " + probe.kind());
        }
        for (Pattern internal : INTERNALS) {
            Matcher m = internal.matcher(response.body());
            assertFalse(m.find(), probe + ": the body shows internals (" + (m.find(0) ? m.group() : "") + "): "
                    + response.body());
        }
    }

    /** A real cursor of the probe's list, its JSON changed as the probe says, as the cursor of that same list. */
    private String forgedCursorTarget(JsonNode spec) throws IOException {
        String list = spec.path("list").asText();
        String next = given().when().get(list).then().statusCode(200).extract().jsonPath().getString("next");
        ObjectNode cursor = (ObjectNode) JSON.readTree(Base64.getUrlDecoder().decode(next));
        spec.path("cursorPatch").fields().forEachRemaining(f -> cursor.set(f.getKey(), f.getValue()));
        String forged = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(JSON.writeValueAsString(cursor).getBytes(StandardCharsets.UTF_8));
        return list + (list.contains("?") ? "&" : "?") + "cursor=" + forged;
    }

    private static String expand(String text) {
        Matcher m = REPEAT.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1).repeat(Integer.parseInt(m.group(2)))));
        }
        m.appendTail(out);
        return out.toString();
    }
}
