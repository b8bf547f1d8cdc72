package org.ceasefiredata.ceasefire.ingest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.ceasefiredata.ceasefire.ops.LogCapture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The loader against the real database: all-or-nothing, idempotent, one loader at a time. Tests that load another
 * corpus put the configured one back afterwards.
 */
@QuarkusTest
class SeedServiceTest {

    @Inject
    SeedService service;
    @Inject
    EntityManager em;
    @Inject
    SeedConfig config;

    @AfterEach
    void restoreConfiguredSeeds() {
        service.load(Path.of(config.dir()), false, false);
    }

    private DatabaseSnapshot snapshot() {
        return QuarkusTransaction.requiringNew().call(() -> DatabaseSnapshot.take(em));
    }

    @Test
    void startupLoadedTheConfiguredSeedsWithCounts() {
        DatabaseSnapshot db = snapshot();
        assertEquals(5, db.count("source_document"));
        assertTrue(db.count("meeting") >= 10, "meetings " + db.count("meeting"));
        assertTrue(db.count("participant") >= 40, "participants " + db.count("participant"));
        assertTrue(db.count("commitment") >= 5, "commitments " + db.count("commitment"));
        assertTrue(db.count("deadline") >= 5, "deadlines " + db.count("deadline"));
        assertTrue(db.count("citation") > db.count("meeting") + db.count("participant"));
        assertTrue(db.count("mention") > 100, "mentions " + db.count("mention"));
        assertTrue(db.count("seed_load") >= 1);
    }

    @Test
    void restartWithUnchangedSeedsChangesNothing() {
        DatabaseSnapshot before = snapshot();
        LoadResult result = service.load(Path.of(config.dir()), false, false);
        assertFalse(result.written(), "unchanged seeds are not rewritten");
        assertTrue(result.reason().contains("unchanged"), result.reason());
        assertEquals(before, snapshot());
    }

    @Test
    void forcedReloadKeepsEverySlugAndId() {
        DatabaseSnapshot before = snapshot();
        LoadResult result = service.load(Path.of(config.dir()), false, true);
        assertTrue(result.written());
        DatabaseSnapshot after = snapshot();
        for (String table : DatabaseSnapshot.SLUGGED) {
            assertEquals(before.content().get(table), after.content().get(table), table);
        }
        for (String table : DatabaseSnapshot.OTHERS) {
            if (!table.equals("seed_load")) {
                assertEquals(before.count(table), after.count(table), table);
            }
        }
        assertEquals(before.count("seed_load") + 1, after.count("seed_load"));
    }

    /**
     * Loading other seeds and then the configured ones again gives the same dataset version with new rows for the
     * records the other seeds lacked: what was resolved before the loads (a filter's slugs and names to row ids) must
     * not be reused, or the ISSG's meetings are answered from ids that no longer exist.
     */
    @Test
    void theSameSeedsLoadedAgainAreQueriedWithTheirNewRows() {
        List<String> before = meetingsOf("issg");
        assertFalse(before.isEmpty());
        assertTrue(service.load(FixtureSeeds.copy(), false, false).written());
        assertTrue(service.load(Path.of(config.dir()), false, false).written());
        assertEquals(before, meetingsOf("issg"));
    }

    private static List<String> meetingsOf(String participant) {
        return given().header("Cache-Control", "no-cache").queryParam("participant", participant)
                .queryParam("limit", 100).get("/api/v1/meetings").then().statusCode(200).extract().jsonPath()
                .getList("items.slug");
    }

    @Test
    void ifEmptySkipsWhenALoadExists() {
        LoadResult result = service.load(FixtureSeeds.copy(), true, false);
        assertFalse(result.written());
        assertEquals(5, snapshot().count("source_document"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.ceasefiredata.ceasefire.ingest.BadSeedCase#all")
    void badSeedsFailWithAClearErrorAndLeaveTheDatabaseAsItWas(BadSeedCase bad) {
        Path dir = bad.makeDir();
        DatabaseSnapshot before = snapshot();
        SeedException e = assertThrows(SeedException.class, () -> service.load(dir, false, false));
        for (String expected : bad.expected()) {
            assertTrue(e.getMessage().contains(expected), "expected '" + expected + "' in:\n" + e.getMessage());
        }
        assertTrue(e.getMessage().contains("the database was left as it was"), e.getMessage());
        assertEquals(before, snapshot());
    }

    @Test
    void anotherCorpusReplacesTheDatasetAndRemovesWhatItNoLongerHas() {
        LoadResult result = service.load(FixtureSeeds.copy(), false, false);
        assertTrue(result.written());
        DatabaseSnapshot db = snapshot();
        assertEquals(2, db.count("source_document"));
        assertEquals(5, db.count("participant"));
        assertEquals(2, db.count("meeting"));
    }

    @Test
    void everyLoadLogsWhatItChangesPerKind() {
        Path fixture = FixtureSeeds.copy();
        try (LogCapture log = LogCapture.start()) {
            LoadResult replaced = service.load(fixture, false, false);
            assertEquals(new LoadChanges.Change("documents", 2, 0, 5), replaced.changes().of("documents"));
            assertEquals(2, replaced.changes().of("meetings").added());
            assertTrue(replaced.changes().of("citations").removed() > 400, replaced.changes().toString());

            Path edited = FixtureSeeds.copyWith(FixtureSeeds.copy(), FixtureSeeds.ANNOTATIONS,
                    "    title: \"Talks that collapsed\"\n", "    title: \"Talks that failed\"\n");
            LoadResult oneTitle = service.load(edited, false, false);
            assertEquals(new LoadChanges.Change("meetings", 0, 1, 0), oneTitle.changes().of("meetings"));
            assertEquals(new LoadChanges.Change("documents", 0, 0, 0), oneTitle.changes().of("documents"));
            assertEquals(new LoadChanges.Change("citations", 0, 0, 0), oneTitle.changes().of("citations"));

            List<String> lines = log.messages().stream().filter(m -> m != null && m.startsWith("seeds: to commit")).toList();
            assertEquals(2, lines.size(), "one line per load: " + log.messages());
            assertTrue(lines.get(0).contains("documents +2 -5"), lines.get(0));
            assertTrue(lines.get(1).contains("meetings +0 ~1 -0"), lines.get(1));
            assertFalse(lines.get(1).contains("documents"), lines.get(1));
        }
    }

    @Test
    void twoInstancesStartingTogetherLoadOnce() throws Exception {
        Path dir = FixtureSeeds.copy();
        CountDownLatch start = new CountDownLatch(1);
        Callable<LoadResult> instance = () -> {
            start.await();
            return service.load(dir, false, false);
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<LoadResult> first = pool.submit(instance);
            Future<LoadResult> second = pool.submit(instance);
            start.countDown();
            List<LoadResult> results = List.of(first.get(60, TimeUnit.SECONDS), second.get(60, TimeUnit.SECONDS));
            assertEquals(1, results.stream().filter(LoadResult::written).count(), "exactly one instance writes");
            LoadResult waited = results.stream().filter(r -> !r.written()).findFirst().orElseThrow();
            assertTrue(waited.reason().contains("unchanged"), waited.reason());
            assertNotEquals(null, waited.fingerprint());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(2, snapshot().count("source_document"));
    }
}
