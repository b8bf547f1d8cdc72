package org.ceasefiredata.ceasefire.ingest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Readiness includes the seed load and the database. */
@QuarkusTest
class ReadinessTest {

    @Test
    void readyOnceTheSeedsAreLoaded() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("seeds"))
                .body("checks.find { it.name == 'seeds' }.data.phase", equalTo("done"));
    }
}
