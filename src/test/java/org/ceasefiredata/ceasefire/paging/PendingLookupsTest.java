package org.ceasefiredata.ceasefire.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Lookups run together ({@link Pending#runTogether}): one round trip, each its own rows, the same as run alone. */
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
    void aParameterBoundTwiceMustHaveOneValue() {
        assertThrows(IllegalArgumentException.class,
                () -> Pending.runTogether(List.of(slugs("meeting", "n", 3), slugs("deadline", "n", 5))));
        List<String> same = slugs("meeting", "n", 3).run();
        Pending<List<String>> a = slugs("meeting", "n", 3);
        Pending<List<String>> b = slugs("meeting", "n", 3);
        Pending.runTogether(List.of(a, b));
        assertEquals(same, a.result());
        assertEquals(same, b.result());
    }

    @Test
    void aResultIsThereOnlyOnceItsLookupHasRun() {
        assertThrows(IllegalStateException.class, () -> slugs("meeting", "n", 1).result());
    }
}
