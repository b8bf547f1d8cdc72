package org.ceasefiredata.ceasefire.graph;

import static io.restassured.RestAssured.given;
import static org.ceasefiredata.ceasefire.graph.GraphQLClient.run;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import io.restassured.path.json.JsonPath;

/**
 * GraphQL's {@code orderBy} gives the order REST's {@code sort=} gives, and {@code last}/{@code before} page backward
 * over the same records as {@code first}/{@code after} forward (#10).
 */
@QuarkusTest
class GraphQLOrderAndPagingTest {

    /** A list in both APIs: its REST path, its root field and, per REST sort key, the GraphQL field constant. */
    record ListSpec(String path, String root, List<String> sortFields) {
    }

    static final List<ListSpec> LISTS = List.of(
            new ListSpec("/api/v1/meetings", "meetings", List.of("date", "end", "slug", "title", "kind", "status")),
            new ListSpec("/api/v1/participants", "participants", List.of("name", "slug", "kind")),
            new ListSpec("/api/v1/commitments", "commitments", List.of("date", "slug", "kind", "status")),
            new ListSpec("/api/v1/deadlines", "deadlines", List.of("due", "dueEnd", "slug", "status")),
            new ListSpec("/api/v1/documents", "documents", List.of("published", "slug", "title")));

    @Test
    void orderByGivesTheOrderOfRestSort() {
        for (ListSpec list : LISTS) {
            List<String> sorts = new ArrayList<>();
            for (String field : list.sortFields()) {
                sorts.add(field);
                sorts.add("-" + field);
            }
            // Several keys in mixed directions, as REST takes them.
            sorts.add("-" + list.sortFields().get(list.sortFields().size() - 1) + "," + list.sortFields().get(0));
            for (String sort : sorts) {
                List<String> rest = restSlugs(list.path(), sort);
                List<String> graphql = forward(list.root(), orderBy(sort), 7);
                assertEquals(rest, graphql, list.root() + " orderBy " + orderBy(sort) + " vs sort=" + sort);
                assertTrue(rest.size() > 2, list.path() + " has too few records to tell orders apart");
            }
        }
    }

    @Test
    void lastAndBeforeWalkTheSameRecordsBackward() {
        for (ListSpec list : LISTS) {
            for (List<Map<String, Object>> order : List.of(List.<Map<String, Object>>of(), orderBy("-slug"))) {
                List<String> forward = forward(list.root(), order, 4);
                List<String> backward = backward(list.root(), order, 4);
                assertEquals(forward, backward, list.root() + " " + order);
            }
        }
        List<String> forward = new ArrayList<>();
        String after = null;
        do {
            JsonPath page = run("paging/timeline", "first", 5, "after", after).body("errors", nullValue()).extract()
                    .jsonPath();
            page.getList("data.timeline.nodes", Map.class).forEach(n -> forward.add(n.get("type") + "/" + n.get("slug")));
            after = page.getBoolean("data.timeline.pageInfo.hasNextPage")
                    ? page.getString("data.timeline.pageInfo.endCursor")
                    : null;
        } while (after != null);
        List<String> backward = new ArrayList<>();
        String before = null;
        do {
            JsonPath page = run("paging/timeline", "last", 5, "before", before).body("errors", nullValue()).extract()
                    .jsonPath();
            List<String> keys = new ArrayList<>();
            page.getList("data.timeline.nodes", Map.class).forEach(n -> keys.add(n.get("type") + "/" + n.get("slug")));
            backward.addAll(0, keys);
            before = page.getBoolean("data.timeline.pageInfo.hasPreviousPage")
                    ? page.getString("data.timeline.pageInfo.startCursor")
                    : null;
        } while (before != null);
        assertEquals(forward, backward);
        // The front end's operation walks it the same way.
        List<String> frontEnd = new ArrayList<>();
        before = null;
        do {
            JsonPath page = run("frontend/timeline-backwards", "before", before).body("errors", nullValue()).extract()
                    .jsonPath();
            List<String> keys = new ArrayList<>();
            page.getList("data.timeline.edges.node", Map.class).forEach(n -> keys.add(n.get("type") + "/" + n.get("slug")));
            frontEnd.addAll(0, keys);
            before = page.getBoolean("data.timeline.pageInfo.hasPreviousPage")
                    ? page.getString("data.timeline.pageInfo.startCursor")
                    : null;
        } while (before != null);
        assertEquals(forward, frontEnd);
    }

    @Test
    void aBackwardPageKnowsItsNeighbours() {
        JsonPath last = run("paging/meetings", "last", 3).body("errors", nullValue()).extract().jsonPath();
        List<String> all = forward("meetings", List.of(), 100);
        assertEquals(all.subList(all.size() - 3, all.size()), last.getList("data.meetings.nodes.slug"));
        assertFalse(last.getBoolean("data.meetings.pageInfo.hasNextPage"));
        assertTrue(last.getBoolean("data.meetings.pageInfo.hasPreviousPage"));
        assertEquals(last.getList("data.meetings.edges.cursor").get(0), last.getString("data.meetings.pageInfo.startCursor"));
        assertEquals(all.size(), last.getInt("data.meetings.totalCount"));
        // An edge's cursor is a position both ways: before it are the records that precede it.
        String third = forwardPage("meetings", 3).getList("data.meetings.edges.cursor", String.class).get(2);
        run("paging/meetings", "last", 5, "before", third).body("errors", nullValue())
                .body("data.meetings.nodes.slug", equalTo(all.subList(0, 2)))
                .body("data.meetings.pageInfo.hasPreviousPage", equalTo(false))
                .body("data.meetings.pageInfo.hasNextPage", equalTo(true));
        run("paging/meetings", "first", 2, "after", third).body("data.meetings.nodes.slug", equalTo(all.subList(3, 5)))
                .body("data.meetings.pageInfo.hasPreviousPage", equalTo(true));
    }

    @Test
    void mixingForwardAndBackwardArgumentsIsRefusedNamingThem() {
        String cursor = forwardPage("meetings", 2).getString("data.meetings.pageInfo.endCursor");
        refused(run("paging/meetings", "first", 2, "last", 2), "last", "cannot be given with first");
        refused(run("paging/meetings", "after", cursor, "before", cursor), "before", "cannot be given with after");
        refused(run("paging/meetings", "first", 2, "before", cursor), "before", "give last with it");
        refused(run("paging/meetings", "last", 2, "after", cursor), "after", "give first with it");
        refused(run("paging/meetings", "last", 2, "before", ""), "before", "is empty");
        run("paging/meetings", "last", 0).body("data", nullValue()).body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("last is 0"));
        run("paging/meetings", "last", 101).body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("MAX_FIRST_EXCEEDED"))
                .body("errors[0].extensions.limit", equalTo("last"));
    }

    @Test
    void aCursorContinuesOnlyTheOrderItWasMadeIn() {
        String cursor = run("paging/meetings", "first", 2, "orderBy", orderBy("-date")).body("errors", nullValue())
                .extract().jsonPath().getString("data.meetings.pageInfo.endCursor");
        run("paging/meetings", "first", 2, "after", cursor, "orderBy", orderBy("-date")).body("errors", nullValue());
        refused(run("paging/meetings", "first", 2, "after", cursor, "orderBy", orderBy("title")), "after",
                "belongs to another query");
        refused(run("paging/meetings", "last", 2, "before", cursor), "before", "belongs to another query");
        // REST refuses it alike: the cursor names the order, not the API.
        given().queryParam("sort", "title").queryParam("cursor", cursor).get("/api/v1/meetings").then().statusCode(400)
                .body("violations.field", hasItem("cursor"));
        given().queryParam("sort", "-date").queryParam("cursor", cursor).get("/api/v1/meetings").then().statusCode(200);
    }

    @Test
    void badOrdersAreRefusedNamingOrderBy() {
        refused(run("paging/meetings", "orderBy", List.of(Map.of("field", "DATE"), Map.of("field", "DATE",
                "direction", "DESC"))), "orderBy", "names 'date' twice");
        refused(run("paging/deadlines", "orderBy", orderBy("status"), "filter", Map.of("asOf", "2016-07-31")), "orderBy",
                "cannot sort by status together with asOf");
        run("paging/meetings", "orderBy", List.of(Map.of("field", "DUE"))).body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"));
        // GitHub's shape: one order as an object; the direction defaults to ascending.
        List<String> byTitle = restSlugs("/api/v1/meetings", "title");
        GraphQLClient.post("{ meetings(first: 100, orderBy: {field: TITLE}) { nodes { slug } } }", Map.of())
                .body("errors", nullValue()).body("data.meetings.nodes.slug", equalTo(byTitle));
    }

    @Test
    void aDocumentsMentionsAreAConnectionInTextOrder() {
        String slug = "ap-geneva-kerry-lavrov-2016-08-26";
        String query = "query($slug: String!, $first: Int!, $after: String) { document(slug: $slug) { mentions(first:"
                + " $first, after: $after) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor }"
                + " edges { cursor } nodes { start kind } } } }";
        JsonPath all = GraphQLClient.post(query, Map.of("slug", slug, "first", 100)).body("errors", nullValue()).extract()
                .jsonPath();
        List<Integer> starts = all.getList("data.document.mentions.nodes.start");
        int total = all.getInt("data.document.mentions.totalCount");
        assertEquals(total, starts.size());
        assertTrue(total > 10, "too few mentions to page: " + total);
        List<Integer> paged = new ArrayList<>();
        String after = null;
        do {
            Map<String, Object> variables = new java.util.HashMap<>(Map.of("slug", slug, "first", 7));
            variables.put("after", after);
            JsonPath page = GraphQLClient.post(query, variables).body("errors", nullValue()).extract().jsonPath();
            paged.addAll(page.getList("data.document.mentions.nodes.start"));
            assertEquals(after != null, page.getBoolean("data.document.mentions.pageInfo.hasPreviousPage"));
            assertEquals(total, page.getInt("data.document.mentions.totalCount"));
            after = page.getBoolean("data.document.mentions.pageInfo.hasNextPage")
                    ? page.getString("data.document.mentions.pageInfo.endCursor")
                    : null;
        } while (after != null);
        assertEquals(starts, paged);
        List<Integer> sorted = new ArrayList<>(starts);
        java.util.Collections.sort(sorted);
        assertEquals(sorted, starts);
        // REST's mentions are the same list.
        assertEquals(starts, given().get("/api/v1/documents/" + slug + "/mentions").then().statusCode(200).extract()
                .jsonPath().getList("start"));
        GraphQLClient.post(query, Map.of("slug", slug, "first", 7, "after", "not-a-cursor"))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.violations.argument", contains("after"));
    }

    @Test
    void aParticipantsParticipationsPageThroughItsMeetings() {
        String query = "query($after: String) { participant(slug: \"russia\") { participations(first: 3, after: $after) {"
                + " totalCount pageInfo { hasNextPage endCursor } edges { cursor node { role meeting { slug } } } } } }";
        List<String> rest = restSlugs("/api/v1/participants/russia/meetings", "date,end,slug");
        List<String> meetings = new ArrayList<>();
        String after = null;
        do {
            Map<String, Object> variables = new java.util.HashMap<>();
            variables.put("after", after);
            JsonPath page = GraphQLClient.post(query, variables).body("errors", nullValue()).extract().jsonPath();
            assertEquals(rest.size(), page.getInt("data.participant.participations.totalCount"));
            for (String slug : page.<String>getList("data.participant.participations.edges.node.meeting.slug")) {
                if (meetings.isEmpty() || !meetings.get(meetings.size() - 1).equals(slug)) {
                    meetings.add(slug);
                }
            }
            after = page.getBoolean("data.participant.participations.pageInfo.hasNextPage")
                    ? page.getString("data.participant.participations.pageInfo.endCursor")
                    : null;
        } while (after != null);
        assertTrue(rest.size() > 3, "too few meetings to page: " + rest);
        assertEquals(rest, meetings);
    }

    /** The GraphQL {@code orderBy} for a REST {@code sort} value ({@code -date,slug}). */
    static List<Map<String, Object>> orderBy(String sort) {
        List<Map<String, Object>> keys = new ArrayList<>();
        for (String key : sort.split(",")) {
            boolean descending = key.startsWith("-");
            String name = descending ? key.substring(1) : key;
            keys.add(Map.of("field", name.replaceAll("([A-Z])", "_$1").toUpperCase(java.util.Locale.ROOT), "direction",
                    descending ? "DESC" : "ASC"));
        }
        return keys;
    }

    static List<String> restSlugs(String path, String sort) {
        List<String> slugs = new ArrayList<>();
        String cursor = null;
        do {
            var request = given().queryParam("limit", 5).queryParam("sort", sort);
            if (cursor != null) {
                request = request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get(path).then().statusCode(200).extract().jsonPath();
            slugs.addAll(page.getList("items.slug"));
            cursor = page.getString("next");
        } while (cursor != null);
        return slugs;
    }

    private static JsonPath forwardPage(String root, int first) {
        return run("paging/" + root, "first", first).body("errors", nullValue()).extract().jsonPath();
    }

    /** Every slug of the list, read forward with first/after. */
    static List<String> forward(String root, List<Map<String, Object>> orderBy, int first) {
        List<String> slugs = new ArrayList<>();
        String after = null;
        boolean start = true;
        do {
            JsonPath page = run("paging/" + root, "first", first, "after", after, "orderBy", orderBy)
                    .body("errors", nullValue()).extract().jsonPath();
            slugs.addAll(page.getList("data." + root + ".nodes.slug"));
            assertEquals(!start, page.getBoolean("data." + root + ".pageInfo.hasPreviousPage"), root + " after " + after);
            start = false;
            after = page.getBoolean("data." + root + ".pageInfo.hasNextPage")
                    ? page.getString("data." + root + ".pageInfo.endCursor")
                    : null;
        } while (after != null);
        return slugs;
    }

    /** Every slug of the list, read backward from its end with last/before, in the list's order. */
    static List<String> backward(String root, List<Map<String, Object>> orderBy, int last) {
        List<String> slugs = new ArrayList<>();
        String before = null;
        boolean end = true;
        do {
            JsonPath page = run("paging/" + root, "last", last, "before", before, "orderBy", orderBy)
                    .body("errors", nullValue()).extract().jsonPath();
            List<String> onPage = page.getList("data." + root + ".nodes.slug");
            assertTrue(onPage.size() <= last);
            slugs.addAll(0, onPage);
            assertEquals(!end, page.getBoolean("data." + root + ".pageInfo.hasNextPage"), root + " before " + before);
            end = false;
            before = page.getBoolean("data." + root + ".pageInfo.hasPreviousPage")
                    ? page.getString("data." + root + ".pageInfo.startCursor")
                    : null;
        } while (before != null);
        return slugs;
    }

    private static void refused(io.restassured.response.ValidatableResponse response, String argument, String message) {
        response.body("data", nullValue()).body("errors", org.hamcrest.Matchers.hasSize(1))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.violations.argument", contains(argument))
                .body("errors[0].message", containsString(message));
    }
}
