package org.ceasefiredata.ceasefire.commitment;

import static org.ceasefiredata.ceasefire.web.ApiContract.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import org.ceasefiredata.ceasefire.web.CommitmentResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPEndpoint;
import io.quarkus.test.junit.QuarkusTest;

/** Commitments: by whom, binding whom, with history on request. */
@QuarkusTest
@TestHTTPEndpoint(CommitmentResource.class)
class CommitmentResourceTest {

    @Test
    void filtersByWhoMadeIt() {
        given().queryParam("madeBy", "Russia").queryParam("limit", 100)
                .when().get()
                .then().statusCode(200)
                .body("items.slug", hasItem("russia-march-1-ceasefire-proposal"))
                .body("items.madeBy.flatten().slug", hasItem("russia"));
    }

    @Test
    void historyOnlyWhenIncluded() {
        given().queryParam("slug", "cessation-of-hostilities-2016-02")
                .when().get()
                .then().statusCode(200)
                .body("items[0].history", nullValue());
        given().queryParam("slug", "cessation-of-hostilities-2016-02").queryParam("include", "history,deadlines")
                .when().get()
                .then().statusCode(200)
                .body("items[0].history.status", hasItem("kept"))
                .body("items[0].history.status", hasItem("broken"))
                .body("items[0].deadlines", notNullValue());
    }

    @Test
    void detailCarriesEverything() {
        given().when().get("/{slug}", "munich-cessation-of-hostilities")
                .then().statusCode(200)
                .body("meeting.slug", equalTo("issg-munich-2016-02"))
                .body("history", notNullValue())
                .body("citations.quote", everyItem(notNullValue()));
    }

    @Test
    void unknownIncludeIsA400() {
        given().queryParam("include", "everything")
                .when().get()
                .then().statusCode(400)
                .body("violations[0].field", is("include"));
    }
}
