package org.ceasefiredata.ceasefire.ingest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.net.URL;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** While the dataset is loading, the API answers 503 with Retry-After (never an empty 200) and readiness is DOWN. */
@QuarkusTest
class LoadingGateTest {

    @Inject
    LoadState state;
    @TestHTTPResource(value = "/", management = true)
    URL management;

    @Test
    void theApiAnswers503UntilTheDatasetIsLoaded() {
        LoadState.Phase phase = state.phase();
        String detail = state.detail();
        state.set(LoadState.Phase.LOADING, "loading seeds (test)");
        try {
            given().when().get("/api/v1/meetings").then().statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", "5")
                    .body("status", equalTo(503))
                    .body("detail", equalTo("The dataset is being loaded; retry in 5 s."));
            given().header("If-None-Match", "*").when().get("/api/v1/timeline").then().statusCode(503);
            given().contentType("application/json").body("{\"query\":\"{ meetings { totalCount } }\"}")
                    .when().post("/graphql").then().statusCode(503)
                    .header("Retry-After", "5")
                    .body("errors[0].extensions.code", equalTo("SERVICE_UNAVAILABLE"));
            given().port(management.getPort()).when().get("/q/health/ready").then().statusCode(503);
            // The documents and UIs are no API answers: they stay up.
            given().when().get("/q/openapi").then().statusCode(200);
        } finally {
            state.set(phase, detail);
        }
        given().when().get("/api/v1/meetings?limit=1").then().statusCode(200);
    }
}
