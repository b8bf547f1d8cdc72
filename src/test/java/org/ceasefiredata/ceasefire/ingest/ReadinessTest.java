package org.ceasefiredata.ceasefire.ingest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.net.URL;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** Readiness includes the seed load and the database; it is on the management port. */
@QuarkusTest
class ReadinessTest {

    @TestHTTPResource(value = "/", management = true)
    URL management;

    @Test
    void readyOnceTheSeedsAreLoaded() {
        given().port(management.getPort()).when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("seeds"))
                .body("checks.name", hasItem("database"))
                .body("checks.find { it.name == 'seeds' }.data.phase", equalTo("done"));
    }
}
