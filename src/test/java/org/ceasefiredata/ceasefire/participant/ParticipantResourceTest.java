package org.ceasefiredata.ceasefire.participant;

import static org.ceasefiredata.ceasefire.web.ApiContract.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import org.ceasefiredata.ceasefire.web.ParticipantResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPEndpoint;
import io.quarkus.test.junit.QuarkusTest;

/** Participants, found by any of their names; their meetings, memberships and members. */
@QuarkusTest
@TestHTTPEndpoint(ParticipantResource.class)
class ParticipantResourceTest {

    @Test
    void findsLavrovUnderEitherSpelling() {
        for (String name : new String[]{"Sergei Lavrov", "Sergey Lavrov", "sergei lavrov"}) {
            given().queryParam("name", name)
                    .when().get()
                    .then().statusCode(200)
                    .body("items.slug", equalTo(java.util.List.of("sergey-lavrov")))
                    .body("items[0].names.name", hasItems("Sergey Lavrov", "Sergei Lavrov"));
        }
    }

    @Test
    void theIssgHasItsFoundingMembersAndCoChairs() {
        given().when().get("/{slug}", "issg")
                .then().statusCode(200)
                .body("members.findAll { it.role == 'founding-member' }", hasSize(19))
                .body("members.findAll { it.role == 'co-chair' }.member.slug", hasItems("united-states", "russia"));
        given().queryParam("memberOf", "issg").queryParam("limit", 100)
                .when().get()
                .then().statusCode(200)
                .body("total", greaterThanOrEqualTo(26));
    }

    @Test
    void meetingsOfAParticipantInAYear() {
        given().queryParam("from", "2016").queryParam("to", "2016").queryParam("include", "participants")
                .queryParam("limit", 100)
                .when().get("/{slug}/meetings", "sergey-lavrov")
                .then().statusCode(200)
                .body("items.size()", greaterThanOrEqualTo(3))
                .body("items.participants", everyItem(hasItem(org.hamcrest.Matchers.hasEntry("participant", "sergey-lavrov"))))
                .body("items.date.latest", everyItem(org.hamcrest.Matchers.greaterThanOrEqualTo("2016-01-01")));
    }

    @Test
    void unknownSlugIsA404() {
        given().when().get("/{slug}/meetings", "nobody")
                .then().statusCode(404)
                .body("status", is(404));
    }
}
