package org.ceasefiredata.ceasefire.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Lookups run together ({@link Pending#runTogether}): one round trip, each its own rows and parameters, the same as run
 * alone; a chain of lookups each keyed by the one before ({@link Keys}) in one round trip.
 */
@QuarkusTest
class PendingLookupsTest {

    @Inject
    Sql sql;

    private Pending<List<String>> slugs(String table, String parameter, int limit) {
        List<String> rows = new ArrayList<>();
        return Pending.of(sql, "select slug from " + table + " order by slug limit :" + parameter,
                new Params().bind(parameter, limit), r -> rows.add(r.text("slug")), () -> rows);
    }

    @Test
    void lookupsRunTogetherInOneRoundTripWithTheirOwnRows() {
        List<String> meetingsAlone = slugs("meeting", "n", 3).run();
        List<String> deadlinesAlone = slugs("deadline", "m", 5).run();
        Pending<List<String>> meetings = slugs("meeting", "n", 3);
        Pending<Object> none = Pending.done("nothing to run");
        Pending<List<String>> deadlines = slugs("deadline", "m", 5);
        long statements = sql.statementCount();
        long roundTrips = sql.roundTripCount();
        Pending.runTogether(List.of(meetings, none, deadlines));
        assertEquals(2, sql.statementCount() - statements);
        assertEquals(1, sql.roundTripCount() - roundTrips);
        assertEquals(meetingsAlone, meetings.result());
        assertEquals(deadlinesAlone, deadlines.result());
        assertEquals(3, meetings.result().size());
        assertTrue(deadlines.result().size() > 3, "the second lookup's rows are its own");
        assertEquals("nothing to run", none.result());
    }

    @Test
    void eachLookupKeepsItsOwnParameters() {
        List<String> three = slugs("meeting", "n", 3).run();
        List<String> five = slugs("deadline", "n", 5).run();
        Pending<List<String>> a = slugs("meeting", "n", 3);
        Pending<List<String>> b = slugs("deadline", "n", 5);
        Pending.runTogether(List.of(a, b));
        assertEquals(three, a.result());
        assertEquals(five, b.result());
    }

    /** The ids of the first {@code n} meetings by slug whose slug starts with {@code prefix}, as a lookup. */
    private Pending<List<Long>> meetingIds(String prefix, int n) {
        List<Long> rows = new ArrayList<>();
        Where w = new Where();
        w.and("slug like " + w.param(prefix + "%"));
        return Pending.of(sql, "select id, slug from meeting" + w.clause() + " order by slug limit " + w.param(n), w.params(),
                r -> rows.add(r.id("id")), () -> rows);
    }

    /** The commitments of the meetings {@code keys} gives whose summary contains {@code text}, as ids, as a lookup. */
    private Pending<List<Long>> commitmentIds(Keys keys, String text) {
        List<Long> rows = new ArrayList<>();
        Where w = new Where();
        w.and("lower(summary) like " + w.contains(text) + " escape '!'");
        w.and("meeting_id " + keys.test(w.params()));
        return Pending.of(sql, "select id from commitment" + w.clause() + " order by id", w.params(),
                r -> rows.add(r.id("id")), () -> rows);
    }

    @Test
    void aChainKeyedByTheLookupsBeforeItTakesOneRoundTripAndReadsWhatOneLinkAtATimeReads() {
        // Each link binds a parameter of its own name p0, p1 with another value: renamed, they meet nowhere.
        List<Long> meetings = meetingIds("issg", 50).run();
        List<Long> commitments = commitmentIds(Keys.of(meetings), "a").run();
        assertTrue(!commitments.isEmpty(), "the seeds have commitments of ISSG meetings");
        long roundTrips = sql.roundTripCount();
        Pending<List<Long>> m = meetingIds("issg", 50);
        Pending<List<Long>> c = commitmentIds(m.keys(), "a");
        Pending<List<Long>> deadlines = deadlineIds(c.keys());
        Pending.runTogether(List.of(m, c, deadlines));
        assertEquals(1, sql.roundTripCount() - roundTrips);
        assertEquals(meetings, m.result());
        assertEquals(commitments, c.result());
        assertEquals(deadlineIds(Keys.of(commitments)).run(), deadlines.result());
        // The same chain from a narrower first link reads less: the keys are the lookup's, not a copy of its text.
        Pending<List<Long>> one = meetingIds("issg", 1);
        Pending<List<Long>> fewer = commitmentIds(one.keys(), "a");
        Pending.runTogether(List.of(one, fewer));
        assertEquals(commitmentIds(Keys.of(one.result()), "a").run(), fewer.result());
        assertTrue(fewer.result().size() < commitments.size(), fewer.result() + " of " + commitments);
    }

    private Pending<List<Long>> deadlineIds(Keys commitments) {
        List<Long> rows = new ArrayList<>();
        Where w = new Where();
        w.and("commitment_id " + commitments.test(w.params()));
        return Pending.of(sql, "select id from deadline" + w.clause() + " order by id", w.params(),
                r -> rows.add(r.id("id")), () -> rows);
    }

    @Test
    void keysOfALookupThatNeedsNoStatementAreNone() {
        assertTrue(Pending.done(List.of()).keys().none());
        assertTrue(Keys.of(List.of()).none());
        assertTrue(!meetingIds("issg", 1).keys().none());
    }

    @Test
    void aResultIsThereOnlyOnceItsLookupHasRun() {
        assertThrows(IllegalStateException.class, () -> slugs("meeting", "n", 1).result());
    }
}
