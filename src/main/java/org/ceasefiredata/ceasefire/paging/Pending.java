package org.ceasefiredata.ceasefire.paging;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A lookup a repository has written but not run, and its result once it has run: so that an answer that needs several
 * independent lookups (the evidence of its records, their references) sends them to the database in one round trip
 * ({@link #runTogether}) instead of one each. The repository that writes it keeps its query text and reads its rows;
 * whoever runs it needs neither.
 */
public final class Pending<T> {

    private final Sql sql;
    final String text;
    final Params params;
    final Sql.RowMapper<?> reader;
    private final Supplier<T> result;
    private boolean ran;
    private String key = "id";

    private Pending(Sql sql, String text, Params params, Sql.RowMapper<?> reader, Supplier<T> result) {
        this.sql = sql;
        this.text = text;
        this.params = params;
        this.reader = reader;
        this.result = result;
        this.ran = sql == null;
    }

    /**
     * The lookup {@code text} with its {@code params} (a statement for {@link Sql#lookup}); {@code reader} reads each of
     * its rows into what {@code result} gives.
     */
    public static <T> Pending<T> of(Sql sql, String text, Params params, Sql.RowMapper<?> reader, Supplier<T> result) {
        return new Pending<>(sql, text, params, reader, result);
    }

    /** The row of a lookup by a unique key (a record by slug), if any, as {@link Sql#one} gives it. */
    public static <T> Pending<Optional<T>> one(Sql sql, String text, Params params, Sql.RowMapper<T> mapper) {
        List<T> found = new ArrayList<>(1);
        return of(sql, text, params, r -> found.add(mapper.map(r)), () -> found.stream().findFirst());
    }

    /** A result that needs no statement (nothing to look up). */
    public static <T> Pending<T> done(T result) {
        return new Pending<>(null, null, null, null, () -> result);
    }

    /**
     * Runs the lookups not yet run, all in one round trip to the database (their statements sent together, on one
     * connection of the lookups' pool); then each has its result.
     */
    public static void runTogether(List<Pending<?>> lookups) {
        List<Pending<?>> due = lookups.stream().filter(p -> !p.ran).toList();
        if (!due.isEmpty()) {
            due.get(0).sql.together(due);
            due.forEach(p -> p.ran = true);
        }
    }

    /** Runs this lookup alone (when not yet run) and gives its result. */
    public T run() {
        runTogether(List.of(this));
        return result();
    }

    /**
     * Says which column of this lookup's rows holds its records' ids ({@code id} unless said otherwise: a
     * participation's row also carries its participant's {@code id}).
     */
    public Pending<T> keyedBy(String column) {
        key = column;
        return this;
    }

    /**
     * The ids of this lookup's rows (see {@link #keyedBy}), for a relation of them sent in the same round trip: the
     * lookup's statement is written into the relation's ({@link Keys}). A lookup that needs no statement has no rows.
     */
    public Keys keys() {
        return sql == null ? Keys.of(List.of()) : Keys.of(text, params, key);
    }

    /** The result; the lookup must have run. */
    public T result() {
        if (!ran) {
            throw new IllegalStateException("the result of a lookup that has not run");
        }
        return result.get();
    }
}
