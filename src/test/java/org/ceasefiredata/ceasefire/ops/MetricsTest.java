package org.ceasefiredata.ceasefire.ops;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** Request rates and latencies are exported for Prometheus, one series per route template, never per slug. */
@QuarkusTest
class MetricsTest {

    @TestHTTPResource(value = "/", management = true)
    URL management;

    @Test
    void countsAndTimesApiRequestsByRouteTemplate() {
        String slug = given().queryParam("limit", 1).when().get("/api/v1/meetings")
                .then().statusCode(200).extract().jsonPath().getString("items[0].slug");
        given().header("Cache-Control", "no-cache").when().get("/api/v1/meetings/" + slug).then().statusCode(200);
        given().when().get("/api/v1/meetings/no-such-meeting").then().statusCode(404);
        // Answers given before the REST layer matches a route: from the response cache, and the 304 for a known ETag.
        String etag = given().when().get("/api/v1/meetings/" + slug).then().statusCode(200).extract().header("ETag");
        given().when().get("/api/v1/meetings/" + slug).then().statusCode(200);
        given().header("If-None-Match", etag).when().get("/api/v1/meetings/" + slug).then().statusCode(304);
        // The explorer's page of the record, rendered, then from the page cache.
        given().accept("text/html").when().get("/meetings/" + slug).then().statusCode(200);
        given().accept("text/html").when().get("/meetings/" + slug).then().statusCode(200);

        // The classic text format; a scraper asking for OpenMetrics gets the same series.
        List<PrometheusSample> samples = PrometheusSample
                .parse(given().port(management.getPort()).accept("text/plain").when().get("/q/metrics")
                        .then().statusCode(200).contentType(startsWith("text/plain")).extract().asString());

        Map<String, String> route = Map.of("method", "GET", "uri", "/api/v1/meetings/{slug}", "status", "200");
        PrometheusSample count = find(samples, "http_server_requests_seconds_count", route)
                .orElseThrow(() -> new AssertionError("no request counter for " + route));
        assertTrue(count.value() >= 1, "requests counted: " + count.value());
        assertTrue(find(samples, "http_server_requests_seconds_sum", route).orElseThrow().value() > 0,
                "latency summed");
        PrometheusSample lastBucket = find(samples, "http_server_requests_seconds_bucket",
                Map.of("uri", "/api/v1/meetings/{slug}", "status", "200", "le", "+Inf"))
                .orElseThrow(() -> new AssertionError("no latency histogram for " + route));
        assertEquals(count.value(), lastBucket.value(), "every request falls in the +Inf bucket");
        assertTrue(find(samples, "http_server_requests_seconds_bucket",
                Map.of("uri", "/api/v1/meetings/{slug}", "status", "200", "le", "0.1")).isPresent(),
                "a 100 ms bucket");
        assertTrue(find(samples, "http_server_requests_seconds_count",
                Map.of("uri", "/api/v1/meetings/{slug}", "status", "404")).isPresent(), "404s by route template too");

        List<PrometheusSample> bySlug = samples.stream().filter(s -> s.labels().values().stream()
                .anyMatch(v -> v.contains(slug) || v.contains("no-such-meeting"))).toList();
        assertTrue(bySlug.isEmpty(), "a slug became a label value: one series per record would explode: " + bySlug);
    }

    @Test
    void requestsRefusedBeforeAnyResourceShareOneSeries() {
        given().urlEncodingEnabled(false).when().get("/api/v1/meetings/bad%01slug").then().statusCode(400);
        given().urlEncodingEnabled(false).when().get("/api/v1/participants/other%02slug").then().statusCode(400);
        List<PrometheusSample> samples = PrometheusSample.parse(given().port(management.getPort()).when()
                .get("/q/metrics").then().statusCode(200).extract().asString());
        assertTrue(find(samples, "http_server_requests_seconds_count", Map.of("uri", "/refused", "status", "400"))
                .orElseThrow(() -> new AssertionError("no /refused series; uri values: " + samples.stream()
                        .filter(s -> s.name().equals("http_server_requests_seconds_count"))
                        .map(s -> s.labels().get("uri")).distinct().sorted().toList()))
                .value() >= 2);
        assertFalse(samples.stream().anyMatch(s -> s.labels().values().stream().anyMatch(v -> v.contains("%0"))),
                "a refused path became a label value");
    }

    @Test
    void exportsPoolAndJvmMetrics() {
        List<PrometheusSample> samples = PrometheusSample.parse(given().port(management.getPort()).when().get("/q/metrics")
                .then().statusCode(200).extract().asString());
        assertTrue(samples.stream().anyMatch(s -> s.name().startsWith("agroal_")), "connection pool metrics");
        assertTrue(samples.stream().anyMatch(s -> s.name().equals("jvm_memory_used_bytes")), "JVM memory metrics");
    }

    private static Optional<PrometheusSample> find(List<PrometheusSample> samples, String name,
            Map<String, String> labels) {
        return samples.stream()
                .filter(s -> s.name().equals(name) && s.labels().entrySet().containsAll(labels.entrySet()))
                .findFirst();
    }
}
