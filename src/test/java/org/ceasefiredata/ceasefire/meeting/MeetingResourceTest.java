package org.ceasefiredata.ceasefire.meeting;

import static org.ceasefiredata.ceasefire.web.ApiContract.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ceasefiredata.ceasefire.web.MeetingResource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPEndpoint;
import io.quarkus.test.junit.QuarkusTest;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;

/** The first read surface: meetings, chronological, with participants, roles and citations. */
@QuarkusTest
@TestHTTPEndpoint(MeetingResource.class)
class MeetingResourceTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void listsMeetingsOldestFirstWithUndatedLast() {
        List<Map<String, Object>> items = given().queryParam("limit", 100)
                .when().get()
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("limit", is(100))
                .body("total", greaterThan(9))
                .body("next", nullValue())
                .extract().jsonPath().getList("items");
        LocalDate previous = LocalDate.MIN;
        boolean undatedSeen = false;
        for (Map<String, Object> item : items) {
            @SuppressWarnings("unchecked")
            Map<String, Object> date = (Map<String, Object>) item.get("date");
            if (date == null) {
                undatedSeen = true;
                continue;
            }
            assertTrue(!undatedSeen, "a dated meeting after an undated one: " + item.get("slug"));
            LocalDate earliest = LocalDate.parse((String) date.get("earliest"));
            assertTrue(!earliest.isBefore(previous), item.get("slug") + " is out of order");
            previous = earliest;
        }
    }

    @Test
    void everyListedMeetingCarriesCitationsAndParticipantsCarryRoles() {
        given().queryParam("limit", 100).queryParam("include", "participants")
                .when().get()
                .then().statusCode(200)
                .body("items.citations", everyItem(not(empty())))
                .body("items.citations.flatten().document", everyItem(notNullValue()))
                .body("items.citations.flatten().quote", everyItem(notNullValue()))
                .body("items.participants.flatten().role", everyItem(notNullValue()))
                .body("items.participants.flatten().citations", everyItem(not(empty())));
    }

    @Test
    void cursorsWalkToTheEndAndBackWithoutOverlap() {
        List<String> all = given().queryParam("limit", 100).when().get().then().statusCode(200)
                .extract().jsonPath().getList("items.slug", String.class);
        List<String> walked = new ArrayList<>();
        List<String> prevs = new ArrayList<>();
        String cursor = null;
        do {
            var spec = given().queryParam("limit", 4);
            if (cursor != null) {
                spec.queryParam("cursor", cursor);
            }
            var page = spec.when().get().then().statusCode(200).body("total", is(all.size())).extract();
            walked.addAll(page.jsonPath().getList("items.slug", String.class));
            prevs.add(page.jsonPath().getString("prev"));
            cursor = page.jsonPath().getString("next");
            String expected = cursor;
            if (cursor != null) {
                List<String> links = page.headers().getValues("Link");
                assertTrue(links.stream().anyMatch(l -> l.endsWith("rel=\"next\"") && l.contains("cursor=" + expected)),
                        links.toString());
            }
        } while (cursor != null);
        assertEquals(all, walked);
        // Back from the last page: the previous page is the one before it.
        String lastPrev = prevs.get(prevs.size() - 1);
        List<String> back = given().queryParam("limit", 4).queryParam("cursor", lastPrev).when().get().then()
                .statusCode(200).extract().jsonPath().getList("items.slug", String.class);
        int lastStart = (all.size() - 1) / 4 * 4;
        assertEquals(all.subList(lastStart - 4, lastStart), back);
    }

    @Test
    void cursorsFollowAnySortIncludingMixedDirections() {
        for (String sort : List.of("-date,slug", "status,-title", "-slug", "kind,date")) {
            List<String> all = given().queryParam("limit", 100).queryParam("sort", sort).when().get().then().statusCode(200)
                    .extract().jsonPath().getList("items.slug", String.class);
            List<String> walked = new ArrayList<>();
            String cursor = null;
            do {
                var spec = given().queryParam("limit", 3).queryParam("sort", sort);
                if (cursor != null) {
                    spec.queryParam("cursor", cursor);
                }
                var page = spec.when().get().then().statusCode(200).extract().jsonPath();
                walked.addAll(page.getList("items.slug", String.class));
                cursor = page.getString("next");
            } while (cursor != null);
            assertEquals(all, walked, "sort=" + sort);
        }
    }

    @Test
    void cursorOfAnotherQueryIsA400() {
        String next = given().queryParam("limit", 2).when().get().then().statusCode(200).extract().jsonPath().getString("next");
        given().queryParam("limit", 2).queryParam("status", "held").queryParam("cursor", next)
                .when().get()
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("cursor"));
        given().queryParam("cursor", "not-a-cursor")
                .when().get()
                .then().statusCode(400)
                .body("violations[0].field", equalTo("cursor"));
    }

    @Test
    void showsTheMunichMeetingWithCoChairsAndExactQuotes() {
        String slug = "issg-munich-2016-02";
        given().when().get("/{slug}", slug)
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("slug", equalTo(slug))
                .body("place", equalTo("Munich"))
                .body("date.value", equalTo("2016-02-11/2016-02-12"))
                .body("date.earliest", equalTo("2016-02-11"))
                .body("date.latest", equalTo("2016-02-12"))
                .body("date.precision", equalTo("day"))
                .body("participants.findAll { it.role == 'co-chair' }.participant", hasItem("united-states"))
                .body("participants.findAll { it.role == 'co-chair' }.participant", hasItem("russia"))
                .body("citations[0].start", notNullValue())
                .body("citations[0].documentSha256", notNullValue());
    }

    @Test
    void unknownSlugIsA404ProblemNamingTheSlug() {
        given().when().get("/{slug}", "nowhere-1999")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", is(404))
                .body("title", equalTo("Not Found"))
                .body("detail", containsString("nowhere-1999"));
    }

    @Test
    void limitOutOfBoundsIsA400ProblemNamingTheParameter() {
        given().queryParam("limit", 1000)
                .when().get()
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("limit"))
                .body("detail", containsString("limit must be between 1 and 100"));
    }

    @Test
    void nonNumericLimitIsA400ProblemNamingTheParameter() {
        given().queryParam("limit", "ten")
                .when().get()
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("limit"))
                .body("detail", containsString("whole number"));
    }

    @Test
    void unknownParticipantInAFilterIsA400NamingIt() {
        given().queryParam("participant", "Sergio Lavrova")
                .when().get()
                .then().statusCode(400)
                .body("detail", containsString("Sergio Lavrova"));
    }

    @Test
    void filtersCombine() {
        given().queryParam("participant", "Sergei Lavrov").queryParam("from", "2016-08").queryParam("status", "held")
                .queryParam("include", "participants").queryParam("limit", 100)
                .when().get()
                .then().statusCode(200)
                .body("items.status", everyItem(is("held")))
                .body("items.slug", hasItem("kerry-lavrov-geneva-2016-08-26"))
                .body("items.participants.flatten().participant", hasItem("sergey-lavrov"));
        given().queryParam("slug", "issg-munich-2016-02,vienna-talks-2015")
                .when().get()
                .then().statusCode(200)
                .body("items.slug", contains("vienna-talks-2015", "issg-munich-2016-02"));
        // Undated meetings sort as if after every date, so a date filter keeps them out of a latest-first list.
        given().queryParam("sort", "-date,slug").queryParam("from", "2015").queryParam("limit", 1)
                .when().get()
                .then().statusCode(200)
                .body("items[0].date.earliest", greaterThan("2016-08"));
    }

    @Test
    void wrongMethodIsA405Problem() {
        RestAssured.given().contentType(ContentType.JSON).body("{}")
                .when().post()
                .then().statusCode(405)
                .contentType("application/problem+json")
                .body("status", is(405));
    }
}
