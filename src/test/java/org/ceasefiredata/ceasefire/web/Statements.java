package org.ceasefiredata.ceasefire.web;

import jakarta.persistence.EntityManagerFactory;

import org.ceasefiredata.ceasefire.paging.Sql;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

import io.quarkus.arc.Arc;

/** Counts the SQL statements the application runs: the query layer's own and Hibernate's (the seed loader). */
public final class Statements {

    private Statements() {
    }

    /** Statements run so far in this application. */
    public static long count() {
        Statistics stats = Arc.container().instance(EntityManagerFactory.class).get().unwrap(SessionFactory.class)
                .getStatistics();
        stats.setStatisticsEnabled(true);
        return Arc.container().instance(Sql.class).get().statementCount() + stats.getPrepareStatementCount();
    }

    /** Round trips to the database so far in this application: the query layer's (see {@code Sql.together}). */
    public static long roundTrips() {
        return Arc.container().instance(Sql.class).get().roundTripCount();
    }
}
