package org.ceasefiredata.ceasefire.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.net.URL;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Health and metrics answer on the management port only, to GET and HEAD only; every response of either port carries
 * the hardening headers, and the public port keeps the API, its documents and the UIs.
 */
@QuarkusTest
class OperationsSurfaceTest {

    @TestHTTPResource(value = "/", management = true)
    URL management;
    @TestHTTPResource("/")
    URL publicPort;

    @Test
    void healthAndMetricsAreNotOnThePublicPort() {
        given().when().get("/q/metrics").then().statusCode(404);
        given().when().get("/q/health/ready").then().statusCode(404);
        given().port(management.getPort()).when().get("/q/health/live").then().statusCode(200);
        given().port(management.getPort()).when().get("/q/metrics").then().statusCode(200);
    }

    @Test
    void theManagementPortAnswersGetAndHeadOnly() {
        given().port(management.getPort()).when().head("/q/health/ready").then().statusCode(200);
        for (String method : new String[]{"DELETE", "POST", "PUT", "TRACE", "OPTIONS", "PATCH"}) {
            given().port(management.getPort()).when().request(method, "/q/health/ready").then().statusCode(405)
                    .header("Allow", "GET, HEAD");
            given().port(management.getPort()).when().request(method, "/q/metrics").then().statusCode(405);
        }
    }

    @Test
    void thePublicPortKeepsTheApiTheDocumentsAndTheUis() {
        given().when().get("/api/v1/meetings?limit=1").then().statusCode(200);
        given().when().get("/q/openapi").then().statusCode(200);
        given().when().get("/q/swagger-ui/").then().statusCode(200).contentType(startsWith("text/html"));
        given().when().get("/q/graphql-ui/").then().statusCode(200).contentType(startsWith("text/html"));
    }

    @Test
    void theGraphQlUiCanPostItsQueries() {
        // Browsers send Origin on the UI's own (same-origin) POSTs; CORS must not refuse them.
        String origin = "http://" + publicPort.getHost() + ":" + publicPort.getPort();
        given().header("Origin", origin).contentType("application/json")
                .body("{\"query\":\"{ __schema { queryType { name } } }\"}")
                .when().post("/graphql").then().statusCode(200)
                .body("data.__schema.queryType.name", equalTo("Query"));
    }

    @Test
    void everyResponseCarriesTheHardeningHeaders() {
        for (String path : new String[]{"/api/v1/meetings?limit=1", "/api/v1/meetings/no-such-meeting", "/q/openapi",
                "/no/such/path"}) {
            given().when().get(path).then()
                    .header("X-Content-Type-Options", "nosniff")
                    .header("Referrer-Policy", "no-referrer")
                    .header("Content-Security-Policy", equalTo(SecurityHeaders.DATA_POLICY));
        }
        given().when().get("/q/swagger-ui/").then()
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Content-Security-Policy", containsString("script-src 'self' 'unsafe-inline'"));
        given().when().get("/q/graphql-ui/").then()
                .header("Content-Security-Policy", equalTo(SecurityHeaders.HTML_POLICY));
        given().port(management.getPort()).when().get("/q/health/live").then()
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", equalTo(SecurityHeaders.DATA_POLICY));
    }
}
