package org.ceasefiredata.ceasefire.db;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import org.ceasefiredata.ceasefire.ops.LogCapture;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/**
 * The whole-request deadline answers 503 before the statement timeout does, and the request's late end (its statement
 * cancelled a few seconds later) neither writes a second answer nor logs a stack trace.
 */
@QuarkusTest
@TestProfile(RequestDeadlineTest.ShortDeadline.class)
class RequestDeadlineTest {

    /** A private server, and a deadline (1 s) well below the statement timeout (5 s). */
    public static class ShortDeadline implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(PrivatePostgres.class));
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("ceasefire.embedded.enabled", "false", "ceasefire.http.request-timeout", "1s");
        }
    }

    @Test
    void aRequestPastItsDeadlineIsA503AndItsLateEndIsQuiet() throws Exception {
        try (LogCapture log = LogCapture.start(); Connection locker = PrivatePostgres.connect()) {
            locker.setAutoCommit(false);
            try (Statement s = locker.createStatement()) {
                s.execute("lock table participant in access exclusive mode");
            }
            long started = System.nanoTime();
            ExtractableResponse<Response> late = given().header("Cache-Control", "no-cache").when()
                    .get("/api/v1/participants").then().extract();
            long millis = (System.nanoTime() - started) / 1_000_000;
            assertEquals(503, late.statusCode(), late.asString());
            assertEquals("5", late.header("Retry-After"));
            assertTrue(late.contentType().startsWith("application/problem+json"));
            // The deadline's answer, not the statement timeout's (5 s); on a busy machine the timing itself varies.
            assertTrue(late.asString().contains("took longer than 1 s"), late.asString() + " after " + millis + " ms");
            // The statement times out 5 s after it began; its answer has nowhere to go.
            Thread.sleep(6_000);
            locker.rollback();
            assertTrue(log.withStackTraces().isEmpty(), "stack traces logged: " + log.withStackTraces().stream()
                    .map(r -> r.getLoggerName() + ": " + r.getThrown()).toList());
        }
        // Served again once the lock is gone (a busy machine may need a few tries within this 1 s deadline).
        int status = 0;
        for (int i = 0; i < 30 && status != 200; i++) {
            status = given().when().get("/api/v1/participants?limit=1").then().extract().statusCode();
        }
        assertEquals(200, status);
    }

    /**
     * Exports read whole tables: neither the request deadline (1 s here) nor the statement timeout (5 s) cuts one off.
     * The table stays locked for longer than both, then the export completes.
     */
    @Test
    void anExportOutlastsTheRequestDeadlineAndTheStatementTimeout() throws Exception {
        try (Connection locker = PrivatePostgres.connect()) {
            locker.setAutoCommit(false);
            try (Statement s = locker.createStatement()) {
                s.execute("lock table participant in access exclusive mode");
            }
            Thread release = new Thread(() -> {
                try {
                    Thread.sleep(6_500);
                    locker.rollback();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            release.start();
            ExtractableResponse<Response> export = given().header("Cache-Control", "no-cache").when()
                    .get("/api/v1/export/participants.csv").then().extract();
            release.join();
            assertEquals(200, export.statusCode(), export.asString());
            assertTrue(export.asString().startsWith("slug,"), export.asString());
        }
    }
}
