package org.ceasefiredata.ceasefire.paging;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.agroal.api.AgroalDataSource;

/**
 * Read-only SQL for the query layer: one statement per call on a pooled connection, named parameters, rows mapped
 * straight to records. Reads build no managed entities (they are never written back) and go through no ORM session,
 * so a request costs its statements and little else; writes (the seed loader) use Hibernate.
 */
@ApplicationScoped
public class Sql {

    /** Maps one row; may throw what JDBC throws. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(Row row) throws SQLException;
    }

    @Inject
    AgroalDataSource dataSource;
    /** The pool of {@link #lookup}: generic plans, no parallel workers (application.properties, "lookups"). */
    @Inject
    @io.quarkus.agroal.DataSource("lookups")
    AgroalDataSource lookups;

    private final LongAdder statements = new LongAdder();
    private final LongAdder roundTrips = new LongAdder();
    /** Statements with named parameters rewritten for JDBC; their number is bounded by the query shapes of the code. */
    private final Cache<String, Compiled> compiled = Caffeine.newBuilder().maximumSize(5_000).build();

    /** The rows of a query, mapped: a list page, a count, a search, whose best plan depends on the values it is given. */
    public <T> List<T> list(String sql, Params params, RowMapper<T> mapper) {
        return run(dataSource, sql, params, mapper);
    }

    /**
     * The rows of a lookup by record ids (the relations of a batch of records, records by id), mapped. Its plan does not
     * depend on which ids: it runs on a pool that plans each statement once per connection, where {@link #list} would
     * plan it again on every run, which cost PostgreSQL more than running it.
     */
    public <T> List<T> lookup(String sql, Params params, RowMapper<T> mapper) {
        return run(lookups, sql, params, mapper);
    }

    private <T> List<T> run(AgroalDataSource pool, String sql, Params params, RowMapper<T> mapper) {
        List<T> rows = new ArrayList<>();
        execute(pool, List.of(Pending.of(this, sql, params, r -> rows.add(mapper.map(r)), () -> rows)));
        return rows;
    }

    /**
     * Lookups sent in one round trip: their statements joined into one text (PostgreSQL's JDBC driver sends them
     * together and reads their results in turn), each bound with its own parameters, on the pool of {@link #lookup}.
     * Each counts as a statement; the whole, as one round trip.
     */
    void together(List<Pending<?>> pending) {
        execute(lookups, pending);
    }

    /** The one place statements run: those of {@code pending}, in one round trip on a connection of {@code pool}. */
    private void execute(AgroalDataSource pool, List<Pending<?>> pending) {
        List<Compiled> parts = new ArrayList<>(pending.size());
        for (Pending<?> p : pending) {
            parts.add(compiled.get(p.text, Compiled::of));
        }
        String jdbc = parts.size() == 1
                ? parts.get(0).jdbc()
                : String.join(";\n", parts.stream().map(Compiled::jdbc).toList());
        Budget.check();
        statements.add(pending.size());
        roundTrips.increment();
        try (Connection c = pool.getConnection(); PreparedStatement ps = c.prepareStatement(jdbc)) {
            Compiled.timeout(ps);
            int index = 1;
            for (int i = 0; i < parts.size(); i++) {
                index = parts.get(i).bind(c, ps, pending.get(i).params, index);
            }
            boolean rows = ps.execute();
            for (Pending<?> p : pending) {
                if (!rows) {
                    throw new IllegalStateException("a lookup without rows: " + p.text);
                }
                try (ResultSet rs = ps.getResultSet()) {
                    Row row = new Row(rs);
                    while (rs.next()) {
                        p.reader.map(row);
                    }
                }
                rows = ps.getMoreResults();
            }
        } catch (SQLException e) {
            throw new QueryFailed(e);
        }
    }

    /**
     * The row of a lookup by a unique key (a record by slug), if any: on the pool of {@link #lookup}, since its plan
     * does not depend on the key either.
     */
    public <T> Optional<T> one(String sql, Params params, RowMapper<T> mapper) {
        return Pending.one(this, sql, params, mapper).run();
    }

    /** The first row, if any. */
    public <T> Optional<T> first(String sql, Params params, RowMapper<T> mapper) {
        List<T> rows = list(sql, params, mapper);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    /** A single number (a count). */
    public long number(String sql, Params params) {
        return first(sql, params, r -> r.id("n")).orElse(0L);
    }

    /** How many statements this instance has run; tests use it to prove statement counts are bounded. */
    public long statementCount() {
        return statements.sum();
    }

    /** How many round trips to the database those statements took (see {@link #together}). */
    public long roundTripCount() {
        return roundTrips.sum();
    }

    /** A database failure: the API answers it as a server error (or 503 when the database is unavailable). */
    public static final class QueryFailed extends RuntimeException {
        public QueryFailed(SQLException cause) {
            super(cause.getMessage(), cause);
        }

        public SQLException sqlException() {
            return (SQLException) getCause();
        }
    }

    /** A statement with its named parameters replaced by JDBC's '?', in order of appearance. */
    record Compiled(String jdbc, List<String> names) {

        static Compiled of(String sql) {
            List<String> names = new ArrayList<>();
            String jdbc = rewrite(sql, name -> {
                names.add(name);
                return "?";
            });
            return new Compiled(jdbc, List.copyOf(names));
        }

        /** The statement with every named parameter {@code :name} renamed {@code :<prefix>name}. */
        static String renamed(String sql, String prefix) {
            return rewrite(sql, name -> ":" + prefix + name);
        }

        /**
         * The statement with each named parameter ({@code :name}, outside quotes, not a {@code ::} cast) replaced by
         * what {@code replacement} gives for its name.
         */
        private static String rewrite(String sql, java.util.function.UnaryOperator<String> replacement) {
            StringBuilder out = new StringBuilder(sql.length());
            int i = 0;
            while (i < sql.length()) {
                char ch = sql.charAt(i);
                if (ch == '\'') {
                    int end = sql.indexOf('\'', i + 1);
                    while (end > 0 && end + 1 < sql.length() && sql.charAt(end + 1) == '\'') {
                        end = sql.indexOf('\'', end + 2);
                    }
                    end = end < 0 ? sql.length() - 1 : end;
                    out.append(sql, i, end + 1);
                    i = end + 1;
                } else if (ch == ':' && i + 1 < sql.length() && sql.charAt(i + 1) == ':') {
                    out.append("::");
                    i += 2;
                } else if (ch == ':' && i + 1 < sql.length() && Character.isJavaIdentifierStart(sql.charAt(i + 1))) {
                    int j = i + 1;
                    while (j < sql.length() && Character.isJavaIdentifierPart(sql.charAt(j))) {
                        j++;
                    }
                    out.append(replacement.apply(sql.substring(i + 1, j)));
                    i = j;
                } else {
                    out.append(ch);
                    i++;
                }
            }
            return out.toString();
        }

        /** Gives the statement what is left of the request's time as its timeout. */
        static void timeout(PreparedStatement ps) throws SQLException {
            int seconds = Budget.remainingSeconds();
            if (seconds > 0) {
                ps.setQueryTimeout(seconds);
            }
        }

        /**
         * Binds the parameters to the placeholders from {@code first} on (this statement's part of a longer text);
         * returns the index after its last.
         */
        int bind(Connection c, PreparedStatement ps, Params params, int first) throws SQLException {
            for (int i = 0; i < names.size(); i++) {
                Object value = params.get(names.get(i));
                int index = first + i;
                if (value instanceof Collection<?> values && !values.isEmpty()
                        && values.iterator().next() instanceof Number) {
                    // Ids as a long[]: the driver sends it as a bigint[] in binary, without createArrayOf's type
                    // lookups (1.3 % of an uncached profile).
                    long[] ids = new long[values.size()];
                    int k = 0;
                    for (Object v : values) {
                        ids[k++] = ((Number) v).longValue();
                    }
                    ps.setObject(index, ids);
                } else if (value instanceof Collection<?> values) {
                    ps.setArray(index, array(c, values));
                } else if (value instanceof Enum<?> e) {
                    ps.setString(index, e.name());
                } else if (value instanceof LocalDate d) {
                    ps.setObject(index, d);
                } else {
                    ps.setObject(index, value);
                }
            }
            return first + names.size();
        }

        private static java.sql.Array array(Connection c, Collection<?> values) throws SQLException {
            Object first = values.isEmpty() ? null : values.iterator().next();
            if (first instanceof LocalDate) {
                return c.createArrayOf("date", values.toArray());
            }
            return c.createArrayOf("text", values.stream().map(v -> v instanceof Enum<?> e ? e.name() : String.valueOf(v))
                    .toArray());
        }
    }
}
