package org.ceasefiredata.ceasefire.search;

import static io.restassured.RestAssured.given;
import static org.ceasefiredata.ceasefire.graph.GraphQLClient.run;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import io.restassured.path.json.JsonPath;

/**
 * Typeahead (#10): what was typed so far finds records by the beginnings of their words, under any name of a
 * participant, whole words first; in REST's search and participant list and in GraphQL alike.
 */
@QuarkusTest
class TypeaheadTest {

    static final String LAVROV = "sergey-lavrov";
    /** Participants whose names have "Syrian" but never the word "Syria". */
    static final List<String> ONLY_SYRIAN = List.of("armed-opposition-97-groups", "syrian-opposition",
            "turkish-backed-syrian-rebels");

    @Test
    void searchFindsByTheBeginningsOfWords() {
        for (String typed : List.of("Lavr", "Serg", "serg lav", "Lavrov")) {
            given().queryParam("q", typed).queryParam("type", "participant").get("/api/v1/search").then().statusCode(200)
                    .body("items.slug", hasItem(LAVROV));
        }
        long prefix = total("Lavr");
        long whole = total("Lavrov");
        assertTrue(whole > 0 && prefix >= whole, "Lavr " + prefix + ", Lavrov " + whole);
        // "Sergei" is one of his names: its beginning finds what names him otherwise.
        given().queryParam("q", "Sergei Lav").queryParam("type", "participant").get("/api/v1/search").then()
                .statusCode(200).body("items.slug", hasItem(LAVROV));
    }

    @Test
    void searchRanksWholeWordsFirst() {
        List<String> hits = given().queryParam("q", "Syria").queryParam("type", "participant").queryParam("limit", 100)
                .get("/api/v1/search").then().statusCode(200).extract().jsonPath().getList("items.slug");
        assertTrue(hits.containsAll(ONLY_SYRIAN), hits.toString());
        for (String whole : List.of("syria", "issg")) {
            for (String prefixOnly : ONLY_SYRIAN) {
                assertTrue(hits.indexOf(whole) < hits.indexOf(prefixOnly), whole + " before " + prefixOnly + ": " + hits);
            }
        }
    }

    @Test
    void participantNamesMatchByTheBeginningsOfWords() {
        for (String typed : List.of("Lavr", "Serg", "Sergei Lav", "serg lavr")) {
            given().queryParam("name", typed).get("/api/v1/participants").then().statusCode(200)
                    .body("items.slug", hasItem(LAVROV));
        }
        given().queryParam("name", "Serg Lav").get("/api/v1/participants").then().statusCode(200)
                .body("items.slug", contains(LAVROV));
        given().queryParam("name", "Sergei Lavrov").get("/api/v1/participants").then().statusCode(200)
                .body("items.slug", contains(LAVROV));
        // A word must begin a name's word: "avrov" is inside one only.
        given().queryParam("name", "avrov").get("/api/v1/participants").then().statusCode(200)
                .body("items.slug", not(hasItem(LAVROV)));
    }

    @Test
    void participantNamesRankWholeNamesThenWholeWordsThenBeginnings() {
        List<String> slugs = given().queryParam("name", "Syria").queryParam("limit", 100).get("/api/v1/participants").then()
                .statusCode(200).extract().jsonPath().getList("items.slug");
        assertEquals("syria", slugs.get(0), slugs.toString());
        assertTrue(slugs.containsAll(ONLY_SYRIAN), slugs.toString());
        for (String prefixOnly : ONLY_SYRIAN) {
            assertTrue(slugs.indexOf("issg") < slugs.indexOf(prefixOnly), slugs.toString());
        }
        // Paging keeps the ranking: page by page, the same order.
        List<String> paged = new java.util.ArrayList<>();
        String cursor = null;
        do {
            var request = given().queryParam("name", "Syria").queryParam("limit", 3);
            if (cursor != null) {
                request = request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/api/v1/participants").then().statusCode(200).extract().jsonPath();
            paged.addAll(page.getList("items.slug"));
            cursor = page.getString("next");
        } while (cursor != null);
        assertEquals(slugs, paged);
        // GraphQL's name filter is the same filter.
        run("paging/participants", "first", 100, "filter", Map.of("name", List.of("Syria"))).body("errors", nullValue())
                .body("data.participants.nodes.slug", equalTo(slugs));
    }

    @Test
    void graphqlTypeaheadFindsByTheBeginningsOfWords() {
        for (String typed : List.of("Lavr", "Serg")) {
            JsonPath answer = run("frontend/typeahead", "query", typed).body("errors", nullValue()).extract().jsonPath();
            List<Map<String, Object>> nodes = answer.getList("data.search.nodes");
            assertTrue(nodes.stream().anyMatch(n -> "PARTICIPANT".equals(n.get("type")) && LAVROV.equals(n.get("slug"))),
                    typed + ": " + nodes);
        }
        run("frontend/typeahead", "query", "Serg", "types", List.of("PARTICIPANT")).body("errors", nullValue())
                .body("data.search.nodes.record.name", hasItem("Sergey Lavrov"));
        run("paging/participants", "filter", Map.of("name", List.of("Lavr"))).body("errors", nullValue())
                .body("data.participants.nodes.slug", hasItems(LAVROV));
    }

    private static long total(String q) {
        return given().queryParam("q", q).get("/api/v1/search").then().statusCode(200).extract().jsonPath()
                .getLong("total");
    }
}
