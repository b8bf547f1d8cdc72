package org.ceasefiredata.ceasefire.commitment;

import static org.ceasefiredata.ceasefire.web.ApiContract.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.isOneOf;
import static org.hamcrest.Matchers.not;

import org.ceasefiredata.ceasefire.web.DeadlineResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPEndpoint;
import io.quarkus.test.junit.QuarkusTest;

/** Deadlines: "which deadlines were missed?", and what was known before the Aug. 1 deadline. */
@QuarkusTest
@TestHTTPEndpoint(DeadlineResource.class)
class DeadlineResourceTest {

    static final String AUGUST_1 = "august-1-transition-deadline";

    @Test
    void filtersByStatus() {
        given().queryParam("status", "missed").queryParam("limit", 100)
                .when().get()
                .then().statusCode(200)
                .body("items.status", everyItem(is("missed")))
                .body("items.slug", hasItem(AUGUST_1));
        given().queryParam("status", "missed,pending").queryParam("limit", 100)
                .when().get()
                .then().statusCode(200)
                .body("items.status", everyItem(isOneOf("missed", "pending")));
    }

    @Test
    void unknownStatusIsA400ListingTheAllowedValues() {
        given().queryParam("status", "late")
                .when().get()
                .then().statusCode(400)
                .body("violations[0].field", equalTo("status"))
                .body("violations[0].message", containsString("met, missed, pending, superseded, unknown"));
    }

    @Test
    void asOfAnswersWithWhatWasKnownThen() {
        given().queryParam("asOf", "2016-07-31")
                .when().get("/{slug}", AUGUST_1)
                .then().statusCode(200)
                .body("status", equalTo("pending"))
                .body("history", hasSize(1))
                .body("citations.document", not(hasItem("ap-geneva-kerry-lavrov-2016-08-26")));
        given().queryParam("asOf", "2016-09")
                .when().get("/{slug}", AUGUST_1)
                .then().statusCode(200)
                .body("status", equalTo("missed"))
                .body("history.status", equalTo(java.util.List.of("pending", "missed")));
        given().queryParam("asOf", "2016-07-31").queryParam("status", "missed").queryParam("limit", 100)
                .when().get()
                .then().statusCode(200)
                .body("items.slug", not(hasItem(AUGUST_1)));
    }

    @Test
    void recordNotYetKnownAsOfADayIsA404SayingSo() {
        given().queryParam("asOf", "2016-05-01")
                .when().get("/{slug}", AUGUST_1)
                .then().statusCode(404)
                .body("detail", containsString("2016-05-01"));
    }

    @Test
    void dueWindowOverlapsTheAskedRange() {
        given().queryParam("from", "2016-08-01").queryParam("to", "2016-08-01").queryParam("limit", 100)
                .when().get()
                .then().statusCode(200)
                .body("items.slug", hasItem(AUGUST_1))
                .body("items.due.earliest", everyItem(not(greaterThanDay("2016-08-01"))));
    }

    private static org.hamcrest.Matcher<String> greaterThanDay(String day) {
        return new org.hamcrest.TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(String item) {
                return item.compareTo(day) > 0;
            }

            @Override
            public void describeTo(org.hamcrest.Description description) {
                description.appendText("a day after " + day);
            }
        };
    }

    @Test
    void malformedDateIsA400NamingTheParameter() {
        given().queryParam("from", "2016-13")
                .when().get()
                .then().statusCode(400)
                .body("violations[0].field", equalTo("from"))
                .body("detail", containsString("2016-13"));
    }

    @Test
    void relativeDeadlinesCarryAnchorAndOffset() {
        given().queryParam("type", "relative").queryParam("limit", 100)
                .when().get()
                .then().statusCode(200)
                .body("items.type", everyItem(is("relative")))
                .body("items.offset", everyItem(org.hamcrest.Matchers.notNullValue()))
                .body("items.slug", hasItem("political-transition-within-six-months"));
    }
}
