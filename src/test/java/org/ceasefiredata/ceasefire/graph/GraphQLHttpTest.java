package org.ceasefiredata.ceasefire.graph;

import static io.restassured.RestAssured.given;
import static org.ceasefiredata.ceasefire.graph.GraphQLClient.fresh;
import static org.ceasefiredata.ceasefire.graph.GraphQLClient.run;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;

import org.ceasefiredata.ceasefire.web.Statements;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import graphql.introspection.IntrospectionQuery;
import graphql.schema.visibility.DefaultGraphqlFieldVisibility;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** The GraphQL endpoint's contract: its schema, what it accepts over HTTP, its limits, its errors, its SQL. */
@QuarkusTest
class GraphQLHttpTest {

    static final Path SDL = Path.of("openapi/schema.graphql");

    @Inject
    EntityManagerFactory emf;
    @Inject
    graphql.schema.GraphQLSchema schema;

    /**
     * The engine checks no pattern of hidden fields for every field it resolves: SmallRye's default, "default", would
     * be one (EngineSetup replaces it with the engine's own visibility, which hides nothing either).
     */
    @Test
    void noFieldPatternCheckedPerField() {
        assertTrue(schema.getCodeRegistry().getFieldVisibility() == DefaultGraphqlFieldVisibility.DEFAULT_FIELD_VISIBILITY,
                "field visibility: " + schema.getCodeRegistry().getFieldVisibility().getClass().getName());
        // ... and introspection, which a pattern could hide, still answers every field of a type
        given().contentType(ContentType.JSON).body(Map.of("query", "{ __type(name: \"Meeting\") { fields { name } } }"))
                .when().post("/graphql").then().statusCode(200).body("errors", nullValue())
                .body("data.__type.fields.name", org.hamcrest.Matchers.hasItems("slug", "title", "participants"));
    }

    @Test
    void servedSchemaIsTheCommittedOne() throws Exception {
        String served = given().when().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
        Files.writeString(Path.of("target/schema.graphql"), served);
        assertEquals(Files.readString(SDL), served, "openapi/schema.graphql differs from the served schema:"
                + " review target/schema.graphql, copy it to openapi/ and commit it");
    }

    @Test
    void standardIntrospectionPassesAndEverythingIsDescribed() {
        JsonPath schema = given().contentType(ContentType.JSON)
                .body(Map.of("query", IntrospectionQuery.INTROSPECTION_QUERY)).when().post("/graphql")
                .then().statusCode(200).body("errors", nullValue()).extract().jsonPath();
        List<String> undescribed = new ArrayList<>();
        for (Map<String, Object> type : schema.<Map<String, Object>>getList("data.__schema.types")) {
            String name = (String) type.get("name");
            if (name.startsWith("__") || type.get("kind").equals("SCALAR")) {
                continue;
            }
            if (isBlank(type.get("description"))) {
                undescribed.add(name);
            }
            for (String part : List.of("fields", "inputFields")) {
                List<Map<String, Object>> fields = (List<Map<String, Object>>) type.get(part);
                for (Map<String, Object> field : fields == null ? List.<Map<String, Object>>of() : fields) {
                    if (isBlank(field.get("description"))) {
                        undescribed.add(name + "." + field.get("name"));
                    }
                    List<Map<String, Object>> args = (List<Map<String, Object>>) field.get("args");
                    for (Map<String, Object> arg : args == null ? List.<Map<String, Object>>of() : args) {
                        if (isBlank(arg.get("description"))) {
                            undescribed.add(name + "." + field.get("name") + "(" + arg.get("name") + ")");
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), undescribed, "types, fields and arguments without a description");
    }

    @Test
    void onlyJsonAndGraphqlBodiesAreExecuted() {
        String query = "{\"query\":\"{ meetings { totalCount } }\"}";
        given().contentType("text/plain").body(query).when().post("/graphql").then().statusCode(415)
                .body("errors[0].extensions.code", equalTo("UNSUPPORTED_MEDIA_TYPE"))
                .body("errors[0].message", containsString("text/plain"));
        given().contentType(ContentType.URLENC).formParam("query", "{ meetings { totalCount } }").when().post("/graphql")
                .then().statusCode(415);
        given().contentType(ContentType.JSON).header("Content-Type", "application/x-www-form-urlencoded")
                .body("query=%7B%7D").when().post("/graphql").then().statusCode(415);
        given().contentType("application/octet-stream").body(query.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .when().post("/graphql").then().statusCode(415);
        given().contentType("application/graphql")
                .body("{ meetings { totalCount } }".getBytes(java.nio.charset.StandardCharsets.UTF_8)).when().post("/graphql")
                .then().statusCode(200).body("data.meetings.totalCount", equalTo(18));
        given().contentType("application/json; charset=UTF-8").body(query).when().post("/graphql")
                .then().statusCode(200).body("data.meetings.totalCount", equalTo(18));
    }

    @Test
    void malformedRequestsAre400() {
        for (String body : List.of("{\"query\": ", "[]", "{}", "{\"query\": \"  \"}", "{\"query\": 42}",
                "{\"query\": \"{ meetings { totalCount } }\", \"variables\": [1]}",
                "{\"query\": \"{ meetings { totalCount } }\", \"operationName\": 3}")) {
            given().contentType(ContentType.JSON).body(body).when().post("/graphql").then().statusCode(400)
                    .body("errors[0].extensions.code", equalTo("BAD_REQUEST"))
                    .body("errors[0].message", not(containsString("Exception")));
        }
        given().contentType(ContentType.JSON).body(Map.of("query", "{ meetings { totalCount }")).when().post("/graphql")
                .then().statusCode(400).body("errors[0].extensions.code", equalTo("GRAPHQL_PARSE_FAILED"))
                .body("errors[0].message", containsString("line 1"));
    }

    @Test
    void queriesRunOverGetWithTheRestApisCachingAndNothingElseDoes() {
        String etag = given().queryParam("query", "{ meetings { totalCount } }").when().get("/graphql").then()
                .statusCode(200).header("Cache-Control", equalTo("public, max-age=300"))
                .body("data.meetings.totalCount", equalTo(18)).extract().header("ETag");
        given().queryParam("query", "{ meetings { totalCount } }").header("If-None-Match", etag).when().get("/graphql")
                .then().statusCode(304);
        given().queryParam("query", "mutation { anything }").when().get("/graphql").then().statusCode(405)
                .header("Allow", equalTo("POST")).body("errors[0].extensions.code", equalTo("METHOD_NOT_ALLOWED"));
        for (String method : List.of("PUT", "DELETE", "PATCH")) {
            given().contentType(ContentType.JSON).body("{}").when().request(method, "/graphql").then().statusCode(405)
                    .header("Allow", equalTo("GET, POST, OPTIONS"));
        }
    }

    @Test
    void limitsAreNamedAndRunNoSql() {
        long before = Statements.count();
        fresh("too-deep").body("data", nullValue())
                .body("errors.find { it.extensions.code == 'MAX_DEPTH_EXCEEDED' }.extensions.maximum", equalTo(12))
                .body("errors.find { it.extensions.code == 'MAX_DEPTH_EXCEEDED' }.message",
                        containsString("maximum depth is 12"));
        fresh("too-complex").body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("MAX_COMPLEXITY_EXCEEDED"))
                .body("errors[0].message", containsString("maximum complexity is 50000"));
        for (int first : new int[]{101, 100_000}) {
            fresh("first-too-large", "first", first).body("data", nullValue())
                    .body("errors[0].extensions.code", equalTo("MAX_FIRST_EXCEEDED"))
                    .body("errors[0].message", containsString("maximum first of 100"));
        }
        // Below 1 is not a limit but a mistake.
        fresh("first-too-large", "first", 0).body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("at least 1"));
        assertEquals(0, Statements.count() - before, "SQL statements run for operations over a limit");
        fresh("first-too-large", "first", 100).body("errors", nullValue()).body("data.meetings.totalCount", equalTo(18));
    }

    /**
     * Limits keeps the operations it passed by document and variables, their texts reduced to whether they pass: the
     * same operation with another number or with text that does not pass is checked again.
     */
    @Test
    void aPassedOperationIsCheckedAgainWhenItsNumbersOrTextChange() {
        fresh("first-too-large", "first", 10).body("errors", nullValue()).body("data.meetings.totalCount", equalTo(18));
        fresh("first-too-large", "first", 10).body("errors", nullValue());
        fresh("first-too-large", "first", 101).body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("MAX_FIRST_EXCEEDED"));
        String document = "query Slug($slug: String!) { meeting(slug: $slug) { slug } }";
        GraphQLClient.post(document, Map.of("slug", "vienna-talks-2015")).body("errors", nullValue())
                .body("data.meeting.slug", equalTo("vienna-talks-2015"));
        GraphQLClient.post(document, Map.of("slug", "no-such-meeting")).body("errors", nullValue())
                .body("data.meeting", nullValue());
        GraphQLClient.post(document, Map.of("slug", "vienna\u0001talks")).body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("control character U+0001"));
    }

    @Test
    void errorsCarryACodeAndNoJavaNames() {
        String body = run("meetings", "filter", Map.of("kind", List.of("PICNIC"))).extract().asString();
        assertTrue(body.contains("GRAPHQL_VALIDATION_FAILED"), body);
        for (String response : List.of(body, run("meetings", "filter", Map.of("from", "never")).extract().asString(),
                given().contentType(ContentType.JSON).body(Map.of("query", "{ nothing }")).post("/graphql").asString())) {
            // No qualified Java names (package.Class) and no stack traces.
            assertTrue(!java.util.regex.Pattern.compile("[a-z]+\\.[a-z]+\\.[A-Za-z]").matcher(response).find()
                    && !response.contains("\tat "), response);
            assertTrue(response.contains("\"code\""), response);
        }
    }

    @Test
    void nestedFieldsAreBatched() {
        // One statement per batched field of the operation (and the list's count and page), however many records:
        // 2 meetings need fewer only where a batch is empty (no commitments: no query for their deadlines).
        long two = statements(2);
        long nine = statements(9);
        long all = statements(18);
        assertTrue(two <= nine && nine <= all, two + ", " + nine + ", " + all);
        assertTrue(all <= 24, all + " statements for a query three levels deep over all meetings (20 batched fields)");
        fresh("three-levels", "first", 18).body("data.meetings.nodes", hasSize(18));
    }

    @Test
    void aMeetingWithItsCommitmentsAndTheirDeadlinesIsReadInOneRoundTrip() {
        // Reference operation 2: the meeting by slug, its commitments and their deadlines, each lookup keyed by the one
        // before it, sent together.
        long statements = Statements.count();
        long roundTrips = Statements.roundTrips();
        fresh("meeting-commitments", "slug", "issg-munich-2016-02").body("errors", nullValue())
                .body("data.meeting.commitments.size()", greaterThan(0))
                .body("data.meeting.commitments.deadlines.flatten().size()", greaterThan(0));
        assertEquals(3, Statements.count() - statements, "statements");
        assertEquals(1, Statements.roundTrips() - roundTrips, "round trips");
        // The same relation asked for twice under two aliases, one going deeper: each gets its own values.
        JsonPath twice = GraphQLClient.post("{ meeting(slug: \"issg-munich-2016-02\") { a: commitments { slug }"
                + " b: commitments { slug deadlines { slug } } c: deadlines { slug } } }", Map.of())
                .body("errors", nullValue()).extract().jsonPath();
        List<String> a = twice.getList("data.meeting.a.slug");
        assertTrue(!a.isEmpty());
        assertEquals(a, twice.getList("data.meeting.b.slug"));
        assertTrue(!twice.getList("data.meeting.b.deadlines.flatten()").isEmpty());
        assertEquals(java.util.Set.of("slug"), twice.getMap("data.meeting.a[0]").keySet(), "a carries what a asked for");
        assertTrue(!twice.getList("data.meeting.c.slug").isEmpty(), "the meeting's own deadlines");
        // Evidence at every level goes with them: 7 statements, still one round trip.
        statements = Statements.count();
        roundTrips = Statements.roundTrips();
        GraphQLClient.post("{ meeting(slug: \"issg-munich-2016-02\") { citations { quote } claims { about }"
                + " commitments { citations { quote } deadlines { slug claims { about } } } } }", Map.of())
                .body("errors", nullValue()).body("data.meeting.citations.size()", greaterThan(0))
                .body("data.meeting.commitments.citations.flatten().size()", greaterThan(0));
        assertEquals(7, Statements.count() - statements, "statements with evidence");
        assertEquals(1, Statements.roundTrips() - roundTrips, "round trips with evidence");
        // None found: null, in the same one round trip.
        roundTrips = Statements.roundTrips();
        fresh("meeting-commitments", "slug", "no-such-meeting").body("errors", nullValue())
                .body("data.meeting", nullValue());
        assertEquals(1, Statements.roundTrips() - roundTrips, "round trips for a meeting not found");
    }

    @Test
    void aParticipationsParticipantComesWithIt() {
        // Reference operation 1: a page of meetings with their participants' roles and names takes the page and the
        // participations (which join their participant): 2 statements, none for the participants.
        long statements = Statements.count();
        JsonPath page = GraphQLClient.post("{ meetings(first: 20) { nodes { slug participants { role participant { slug name"
                + " kind } } } pageInfo { endCursor } } }", Map.of()).body("errors", nullValue()).extract().jsonPath();
        assertEquals(2, Statements.count() - statements, "statements");
        List<String> names = page.getList("data.meetings.nodes.participants.flatten().participant.name");
        assertTrue(names.size() > 20 && names.stream().allMatch(n -> n != null && !n.isBlank()), names.toString());
    }

    @Test
    void aRepeatedOperationIsAnsweredFromMemory() {
        String first = run("meeting-commitments", "slug", "issg-munich-2016-02").body("errors", nullValue()).extract()
                .asString();
        long before = Statements.count();
        String again = run("meeting-commitments", "slug", "issg-munich-2016-02").extract().asString();
        assertEquals(0, Statements.count() - before, "statements for a repeated operation");
        assertEquals(first, again);
        // Errors are not kept: a bad argument is checked again.
        run("meetings", "filter", Map.of("from", "2016-13")).body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        run("meetings", "filter", Map.of("from", "2016-13")).body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }

    private static long statements(int first) {
        long before = Statements.count();
        fresh("three-levels", "first", first).body("errors", nullValue());
        return Statements.count() - before;
    }

    private static boolean isBlank(Object description) {
        return description == null || description.toString().isBlank();
    }

}
