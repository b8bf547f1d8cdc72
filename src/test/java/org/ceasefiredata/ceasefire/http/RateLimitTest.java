package org.ceasefiredata.ceasefire.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** Over its budget a client gets 429 with Retry-After; every API response says where the client stands. */
@QuarkusTest
@TestProfile(RateLimitTest.SmallBudget.class)
class RateLimitTest {

    /** Five requests a minute per client: small enough to exhaust in a test. */
    public static class SmallBudget implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("ceasefire.rate-limit.requests", "5", "ceasefire.rate-limit.window", "60s");
        }
    }

    @Inject
    RateLimits rateLimits;

    @Test
    void overTheBudgetIsA429WithRetryAfterAndTheDraftHeaders() {
        String path = "/api/v1/meetings?limit=1";
        int allowed = 0;
        int status = 200;
        String remaining = null;
        while (status == 200 && allowed < 10) {
            var response = given().when().get(path).then().extract();
            status = response.statusCode();
            if (status == 200) {
                allowed++;
                assertEquals("\"default\";q=5;w=60", response.header("RateLimit-Policy"));
                remaining = response.header("RateLimit");
            }
        }
        // Other tests of this profile may have spent part of the budget first; never more than five pass.
        assertTrue(allowed >= 1 && allowed <= 5, allowed + " requests allowed");
        assertTrue(remaining.startsWith("\"default\";r=0;t="), remaining);
        given().when().get(path).then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .header("RateLimit-Policy", equalTo("\"default\";q=5;w=60"))
                .header("RateLimit", org.hamcrest.Matchers.startsWith("\"default\";r=0;t="))
                .body("status", equalTo(429))
                .body("detail", org.hamcrest.Matchers.containsString("5 requests per 60 s"));
        // Health stays reachable, and the UIs are not charged.
        given().when().get("/q/openapi").then().statusCode(200);
    }

    @Test
    void otherHandlersChargeTheirOwnCostThroughTheJavaApi() {
        String client = "graphql-client-" + System.nanoTime();
        RateLimits.Decision first = rateLimits.tryConsume(client, 3);
        assertTrue(first.allowed());
        assertEquals(2, first.remaining());
        assertEquals("\"default\";r=2;t=36", first.headers().get("RateLimit"));
        assertFalse(first.headers().containsKey("Retry-After"));

        RateLimits.Decision second = rateLimits.tryConsume(client, 3);
        assertFalse(second.allowed(), "3 more units when 2 are left");
        assertTrue(second.retryAfterSeconds() >= 1 && second.retryAfterSeconds() <= 12, second.toString());
        assertEquals(Long.toString(second.retryAfterSeconds()), second.headers().get("Retry-After"));

        RateLimits.Decision tooExpensive = rateLimits.tryConsume("another-" + client, 6);
        assertFalse(tooExpensive.allowed(), "a cost above the whole budget is never affordable");
    }
}
