package org.ceasefiredata.ceasefire.graph;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.ceasefiredata.ceasefire.web.Statements;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.validation.ValidationError;
import graphql.validation.Validator;
import io.restassured.http.ContentType;

/**
 * The GraphQL API as front-end clients use it: the committed SDL as codegen reads it, GraphQL over HTTP's media type,
 * Apollo's persisted queries, browsers' CORS, Relay's object identification, clean errors for every client mistake,
 * and refusal of documents built to exhaust the server.
 */
@QuarkusTest
class GraphQLClientsTest {

    static final String GRAPHQL_RESPONSE = "application/graphql-response+json";

    /** The committed SDL, as codegen tools read it: complete (every scalar declared) and valid. */
    static GraphQLSchema committedSchema() throws Exception {
        var registry = new SchemaParser().parse(Files.readString(Path.of("openapi/schema.graphql")));
        return new SchemaGenerator().makeExecutableSchema(registry, RuntimeWiring.MOCKED_WIRING);
    }

    @Test
    void everyOperationOfTheTestsIsValidAgainstTheCommittedSdl() throws Exception {
        GraphQLSchema schema = committedSchema();
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources/graphql"))) {
            // frontend/ holds operations that spread shared fragments: FrontendOperationsTest validates them whole.
            for (Path file : files.filter(f -> f.toString().endsWith(".graphql") && !f.toString().contains("/frontend/"))
                    .toList()) {
                List<ValidationError> errors = new Validator().validateDocument(schema,
                        new Parser().parseDocument(Files.readString(file)), java.util.Locale.ROOT);
                assertTrue(errors.isEmpty(), file + ": " + errors);
            }
        }
    }

    @Test
    void theGraphqlMediaTypeAnswersRequestErrorsWith4xx() {
        given().accept(GRAPHQL_RESPONSE).contentType(ContentType.JSON).body(Map.of("query", "{ nothing }"))
                .when().post("/graphql").then().statusCode(400).contentType(startsWith(GRAPHQL_RESPONSE))
                .body("data", nullValue()).body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"));
        given().accept(GRAPHQL_RESPONSE).contentType(ContentType.JSON)
                .body(Map.of("query", "{ meetings(first: 1) { totalCount } }")).when().post("/graphql").then()
                .statusCode(200).contentType(startsWith(GRAPHQL_RESPONSE)).body("data.meetings.totalCount", equalTo(18));
        // The legacy media type keeps its 200 for errors the engine reports.
        given().contentType(ContentType.JSON).body(Map.of("query", "{ nothing }")).when().post("/graphql").then()
                .statusCode(200).body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"));
        given().accept("text/html").contentType(ContentType.JSON).body(Map.of("query", "{ meetings { totalCount } }"))
                .when().post("/graphql").then().statusCode(406);
    }

    @Test
    void persistedQueriesAreFoundByTheirHash() throws Exception {
        String query = "query Count { meetings(first: 3) { totalCount nodes { slug } } }";
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest((query + " # " + System.nanoTime()).getBytes(StandardCharsets.UTF_8)));
        String unique = query + " # " + hash; // a document no other test has sent
        String uniqueHash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(unique.getBytes(StandardCharsets.UTF_8)));
        Map<String, Object> extensions = Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", uniqueHash));
        given().contentType(ContentType.JSON).body(Map.of("extensions", extensions)).when().post("/graphql").then()
                .body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_FOUND"));
        given().contentType(ContentType.JSON).body(Map.of("query", unique, "extensions", extensions)).when()
                .post("/graphql").then().statusCode(200).body("data.meetings.totalCount", equalTo(18));
        given().queryParam("extensions", "{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + uniqueHash + "\"}}")
                .when().get("/graphql").then().statusCode(200).header("ETag", notNullValue())
                .body("data.meetings.nodes", org.hamcrest.Matchers.hasSize(3));
        given().contentType(ContentType.JSON).body(Map.of("query", query, "extensions", extensions)).when()
                .post("/graphql").then().statusCode(400).body("errors[0].message", containsString("does not match"));
    }

    @Test
    void browsersOfOtherOriginsMayPostAndCacheTheirPreflight() {
        given().header("Origin", "https://newsroom.example").contentType(ContentType.JSON)
                .body(Map.of("query", "{ meetings(first: 1) { totalCount } }")).when().post("/graphql").then()
                .statusCode(200).header("Access-Control-Allow-Origin", equalTo("https://newsroom.example"))
                .body("data.meetings.totalCount", equalTo(18));
        given().header("Origin", "https://newsroom.example").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type").when().options("/graphql").then()
                .statusCode(200).header("Access-Control-Allow-Methods", containsString("POST"))
                .header("Access-Control-Max-Age", notNullValue())
                .header("Access-Control-Allow-Credentials", not(equalTo("true")));
        // A cross-site form post still runs nothing.
        given().header("Origin", "https://evil.example").contentType("text/plain")
                .body("{\"query\": \"{ meetings { totalCount } }\"}").when().post("/graphql").then().statusCode(415);
    }

    @Test
    void aContentTypeTheBrowserJoinedFromTwoEqualValuesIsStillJson() {
        // What the bundled GraphQL UI sends (its fetcher sets Content-Type twice); GraphQLBrowserTest drives the UI.
        given().header("Origin", "http://localhost").contentType("application/json, application/json")
                .body("{\"query\": \"{ meetings(first: 1) { totalCount } }\"}".getBytes(StandardCharsets.UTF_8)).when()
                .post("/graphql").then()
                .statusCode(200).body("data.meetings.totalCount", equalTo(18));
        given().contentType("text/plain, application/json")
                .body("{\"query\": \"{ meetings { totalCount } }\"}".getBytes(StandardCharsets.UTF_8))
                .when().post("/graphql").then().statusCode(415);
    }

    @Test
    void everyRecordHasAStableIdThatNodeFindsAgain() {
        String query = "query($slug: String!) { meeting(slug: $slug) { id participants { participant { id slug } } "
                + "commitments { id slug deadlines { id slug } } citations { document { id slug } } } }";
        var meeting = GraphQLClient.post(query, Map.of("slug", "issg-munich-2016-02")).body("errors", nullValue())
                .extract().jsonPath();
        String id = meeting.getString("data.meeting.id");
        assertEquals(id, GraphQLClient.post(query, Map.of("slug", "issg-munich-2016-02")).extract()
                .path("data.meeting.id"), "the same id every time");
        List<String> ids = new java.util.ArrayList<>(List.of(id));
        ids.add(meeting.getString("data.meeting.participants[0].participant.id"));
        ids.add(meeting.getString("data.meeting.commitments[0].id"));
        ids.add(meeting.getString("data.meeting.commitments.flatten().deadlines.flatten()[0].id"));
        ids.add(meeting.getString("data.meeting.citations[0].document.id"));
        var found = GraphQLClient.post("query($ids: [ID!]!) { nodes(ids: $ids) { id __typename } }", Map.of("ids", ids))
                .body("errors", nullValue()).extract().jsonPath();
        assertEquals(ids, found.getList("data.nodes.id"));
        assertEquals(List.of("Meeting", "Participant", "Commitment", "Deadline", "SourceDocument"),
                found.getList("data.nodes.__typename"));
        GraphQLClient.post("query($id: ID!) { node(id: $id) { ... on Meeting { slug } } }", Map.of("id", id))
                .body("data.node.slug", equalTo("issg-munich-2016-02"));
        GraphQLClient.post("query($id: ID!) { node(id: $id) { id } }", Map.of("id", "not-an-id"))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }

    @Test
    void timelineRecordsNeedNoAliases() {
        GraphQLClient.post("{ timeline(first: 100) { nodes { record { __typename ... on Meeting { meetingStatus } "
                + "... on Deadline { deadlineStatus } ... on Commitment { commitmentStatus } } } } }", Map.of())
                .body("errors", nullValue())
                .body("data.timeline.nodes.record.deadlineStatus", hasItem("MISSED"));
    }

    @Test
    void clientMistakesAreNamedWithoutEngineInternals() {
        List<String> bodies = List.of(
                GraphQLClient.post("query($f: Int) { meetings(first: $f) { totalCount } }", Map.of("f", 1.5))
                        .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT")).extract().asString(),
                GraphQLClient.post("{ meetings(first: 1.5) { totalCount } }", Map.of())
                        .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED")).extract().asString(),
                GraphQLClient.post("query($f: Int) { meetings(first: $f) { totalCount } }", Map.of("f", "x"))
                        .body("errors.extensions.code", not(hasItem("INTERNAL_SERVER_ERROR"))).extract().asString(),
                GraphQLClient.post("{ search(query: \"the\") { totalCount } }", Map.of())
                        .body("errors[0].extensions.violations[0].argument", equalTo("query")).extract().asString());
        for (String body : bodies) {
            assertFalse(body.contains("SRGQL") || body.contains("Value{") || body.contains("classification")
                    || body.matches("(?s).*\\b(java|io|org|graphql)\\.[a-z]+\\.[A-Za-z].*"), body);
        }
    }

    @Test
    void documentsBuiltToExhaustTheServerAreRefusedBeforeAnythingRuns() {
        StringBuilder bomb = new StringBuilder("{ meetings { nodes { ...F30 } } } fragment F0 on Meeting { slug title }");
        for (int i = 1; i <= 30; i++) {
            bomb.append(" fragment F").append(i).append(" on Meeting { ...F").append(i - 1).append(" ...F").append(i - 1)
                    .append(" }");
        }
        StringBuilder aliases = new StringBuilder("{");
        for (int i = 0; i < 1000; i++) {
            aliases.append(" a").append(i).append(": search(query: \"ceasefire\") { totalCount }");
        }
        long before = Statements.count();
        long started = System.nanoTime();
        given().contentType(ContentType.JSON).body(Map.of("query", bomb.toString())).when().post("/graphql").then()
                .statusCode(400).body("errors[0].extensions.code", equalTo("MAX_COMPLEXITY_EXCEEDED"));
        assertTrue(System.nanoTime() - started < 5_000_000_000L, "a fragment bomb is refused at once");
        GraphQLClient.post(aliases.append(" }").toString(), Map.of())
                .body("errors[0].extensions.code", equalTo("MAX_COMPLEXITY_EXCEEDED"));
        assertEquals(0, Statements.count() - before, "statements run for refused documents");
    }
}
