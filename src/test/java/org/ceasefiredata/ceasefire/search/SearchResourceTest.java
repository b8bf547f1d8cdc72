package org.ceasefiredata.ceasefire.search;

import static org.ceasefiredata.ceasefire.web.ApiContract.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.isOneOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Search and timeline across all kinds of record. */
@QuarkusTest
class SearchResourceTest {

    @Test
    void aParticipantsOtherNamesCountInSearch() {
        // Text 000 only ever says "Jabhat al-Nusra".
        given().queryParam("q", "\"Nusra Front\"").queryParam("type", "document")
                .when().get("/api/v1/search")
                .then().statusCode(200)
                .body("items.slug", hasItem("issg-overview-2016"))
                .body("items.type", everyItem(is("document")));
    }

    @Test
    void hitsAreRankedAndHighlighted() {
        given().queryParam("q", "ceasefire Munich")
                .when().get("/api/v1/search")
                .then().statusCode(200)
                .body("items[0].snippet", containsString("<mark>"))
                .body("items[0].href", containsString("/api/v1/"));
    }

    @Test
    void searchWithoutWordsIsA400() {
        given().when().get("/api/v1/search").then().statusCode(400).body("violations[0].field", equalTo("q"));
        given().queryParam("q", "the of").when().get("/api/v1/search").then().statusCode(400)
                .body("violations[0].message", containsString("no searchable words"));
    }

    @Test
    void timelineIsChronologicalByDateWindow() {
        List<Map<String, Object>> entries = given().queryParam("limit", 100)
                .when().get("/api/v1/timeline")
                .then().statusCode(200)
                .body("items.type", everyItem(isOneOf("meeting", "deadline", "commitment")))
                .extract().jsonPath().getList("items");
        String previous = "";
        for (Map<String, Object> e : entries) {
            @SuppressWarnings("unchecked")
            String key = ((Map<String, String>) e.get("date")).get("earliest") + "/"
                    + ((Map<String, String>) e.get("date")).get("latest");
            assertTrue(key.compareTo(previous) >= 0, e.get("slug") + " out of order");
            previous = key;
        }
    }

    @Test
    void timelineCursorsWalkTheWholeList() {
        List<String> all = given().queryParam("limit", 100).when().get("/api/v1/timeline").then().statusCode(200)
                .extract().jsonPath().getList("items.slug", String.class);
        List<String> walked = new java.util.ArrayList<>();
        String cursor = null;
        do {
            var spec = given().queryParam("limit", 7);
            if (cursor != null) {
                spec.queryParam("cursor", cursor);
            }
            var page = spec.when().get("/api/v1/timeline").then().statusCode(200).extract().jsonPath();
            walked.addAll(page.getList("items.slug", String.class));
            cursor = page.getString("next");
        } while (cursor != null);
        org.junit.jupiter.api.Assertions.assertEquals(all, walked);
    }

    @Test
    void timelineFiltersByParticipantAndType() {
        given().queryParam("participant", "Sergei Lavrov").queryParam("type", "meeting").queryParam("limit", 100)
                .when().get("/api/v1/timeline")
                .then().statusCode(200)
                .body("items.type", everyItem(is("meeting")))
                .body("items.slug", hasItem("issg-munich-2016-02"));
    }
}
