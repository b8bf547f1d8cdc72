package org.ceasefiredata.ceasefire.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The two pools of {@link Sql}: lookups by id run on connections that keep one plan per statement and plan for nested
 * loops; list pages keep PostgreSQL's defaults (plans made for their filter values). Both follow the datasource's own
 * settings (its statement timeout here).
 */
@QuarkusTest
class LookupPoolTest {

    @Inject
    Sql sql;

    private static final String SETTINGS = "select current_setting('plan_cache_mode') as plans,"
            + " current_setting('enable_hashjoin') as hash, current_setting('enable_mergejoin') as merge,"
            + " current_setting('max_parallel_workers_per_gather') as workers, current_setting('statement_timeout') as timeout,"
            + " current_database() as db";

    @Test
    void lookupsKeepGenericNestedLoopPlans() {
        assertEquals(List.of("force_generic_plan", "off", "off", "0", "5s"), settings(true).subList(0, 5));
    }

    @Test
    void listsKeepPostgresDefaults() {
        assertEquals(List.of("auto", "on", "on"), settings(false).subList(0, 3));
        assertEquals("5s", settings(false).get(4));
    }

    @Test
    void bothPoolsUseTheSameDatabase() {
        assertEquals(settings(false).get(5), settings(true).get(5));
    }

    private List<String> settings(boolean lookup) {
        Sql.RowMapper<List<String>> row = r -> List.of(r.text("plans"), r.text("hash"), r.text("merge"), r.text("workers"),
                r.text("timeout"), r.text("db"));
        return (lookup ? sql.lookup(SETTINGS, new Params(), row) : sql.list(SETTINGS, new Params(), row)).get(0);
    }
}
