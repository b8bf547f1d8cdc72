package org.ceasefiredata.ceasefire.paging;

import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.ceasefiredata.ceasefire.kernel.DatasetVersion;
import org.ceasefiredata.ceasefire.kernel.InvalidInput;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Runs filtered, sorted lists with keyset pagination: a page is the rows strictly after (or before) the cursor's
 * position in the sort order, so deep pages cost what the first one costs and rows never shift between pages. Ties are
 * broken by id. One statement per page (one row more than the limit tells whether there is a next page), plus the count
 * when the total is asked for (kept per dataset version: the data change only with it).
 * <p>
 * The same list can be read for many parents at once ({@link #perParent}): the first n rows of the list for each
 * parent, in the list's order, in one statement. Nested lists (a meeting's commitments, a participant's first ten
 * deadlines) are the list itself with a parent filter, so they can never disagree with it.
 */
@ApplicationScoped
public class Lists {

    @Inject
    Sql sql;
    @Inject
    DatasetVersion version;

    private final Cache<String, Object> memo = Caffeine.newBuilder().maximumSize(20_000).build();

    /** One page of the list. */
    public <T> Page<T> page(ListQuery query, PageRequest request, Sql.RowMapper<T> mapper) {
        List<SortKey> sort = request.sort();
        String identity = Cursor.identity(query.name() + "|" + query.from() + query.where().clause() + "|"
                + query.where().params() + "|" + sort);
        Cursor cursor = request.cursor() == null ? null : Cursor.decode(request.cursor(), identity, request.cursorName());
        Long total = request.total() ? count(query) : null;

        // Backward without a cursor reads the last rows of the list (GraphQL's last without before).
        boolean backward = request.backward() != null ? request.backward() : cursor != null && cursor.backward();
        Where page = query.where().copy();
        if (cursor != null) {
            page.and(keyset(sort, cursor, backward, page, request.cursorName()));
        }
        String sqlText = "select " + query.select() + sortColumns(sort, "") + " from " + query.from() + page.clause()
                + " order by " + order(sort, "", backward) + " limit " + (request.limit() + 1);
        List<Keyed<T>> rows = sql.list(sqlText, page.params(), r -> new Keyed<>(mapper.map(r), keys(r, sort)));
        boolean more = rows.size() > request.limit();
        List<Keyed<T>> shown = new ArrayList<>(more ? rows.subList(0, request.limit()) : rows);
        if (backward) {
            Collections.reverse(shown);
        }
        // Forward: a next page exists if there was one more row; a previous one if we came from a cursor. Backward: the
        // reverse.
        boolean hasNext = backward ? cursor != null : more;
        boolean hasPrev = backward ? more : cursor != null;
        String next = hasNext && !shown.isEmpty() ? shown.get(shown.size() - 1).position(false, identity) : null;
        String prev = hasPrev && !shown.isEmpty() ? shown.get(0).position(true, identity) : null;
        List<T> result = new ArrayList<>(shown.size());
        for (Keyed<T> row : shown) {
            result.add(row.row());
        }
        return new Page<>(result, positions(shown, identity), total, next, prev);
    }

    /** The number of rows of the list, kept per dataset version. */
    public long count(ListQuery query) {
        String sqlText = "select count(*) as n from " + query.from() + query.where().clause();
        return memo(sqlText + "|" + query.where().params(), () -> sql.number(sqlText, query.where().params()));
    }

    /**
     * The list for many parents in one statement: for each parent id, the rows of the list whose filters, written with
     * the correlation {@code p.parent} for the parent's id, hold; in the list's order, at most {@code limit} per parent
     * (null: all). Parents without rows are absent from the map.
     */
    public <T> Map<Long, List<T>> perParent(ListQuery query, Collection<Long> parents, List<SortKey> sort, Integer limit,
            Sql.RowMapper<T> mapper) {
        return perParent(query, Keys.of(parents), sort, limit, mapper).run();
    }

    /**
     * As {@link #perParent(ListQuery, Collection, List, Integer, Sql.RowMapper)}, for parents given as {@link Keys}
     * (whose lookup may not have run yet), as a lookup not yet run: to be sent with others in one round trip.
     */
    public <T> Pending<Map<Long, List<T>>> perParent(ListQuery query, Keys parents, List<SortKey> sort, Integer limit,
            Sql.RowMapper<T> mapper) {
        if (parents.none()) {
            return Pending.done(Map.of());
        }
        Params params = query.where().params().copy();
        String inner = "select " + query.select() + sortColumns(sort, "") + " from " + query.from() + query.where().clause()
                + " order by " + order(sort, "", false) + (limit == null ? "" : " limit " + limit);
        String sqlText = "select p.parent as k_parent, x.* from " + parents.from(params) + " as p(parent) cross join lateral ("
                + inner + ") x order by p.parent, " + order(sort, "x.", false);
        Map<Long, List<T>> grouped = new LinkedHashMap<>();
        return Pending.of(sql, sqlText, params, r -> {
            grouped.computeIfAbsent(r.id("k_parent"), k -> new ArrayList<>()).add(mapper.map(r));
            return null;
        }, () -> grouped);
    }

    /**
     * A page of the list for each of many parents in one statement (a nested connection, e.g. a document's mentions):
     * as {@link #perParent}, each parent's rows after the request's cursor (forward only), one more than the limit to
     * tell whether more follow, and the totals per parent in a second statement when asked for. A cursor is a position
     * in the list's order, so it reads on from there under whichever parent it is given for. Parents without rows get
     * an empty page.
     */
    public <T> Map<Long, Page<T>> perParentPages(ListQuery query, Collection<Long> parents, PageRequest request,
            Sql.RowMapper<T> mapper) {
        List<SortKey> sort = request.sort();
        String identity = Cursor.identity(query.name() + "|" + query.from() + query.where().clause() + "|"
                + query.where().params() + "|" + sort);
        Cursor cursor = request.cursor() == null ? null : Cursor.decode(request.cursor(), identity, request.cursorName());
        Map<Long, Page<T>> pages = new LinkedHashMap<>();
        if (parents.isEmpty()) {
            return pages;
        }
        Where page = query.where().copy();
        if (cursor != null) {
            page.and(keyset(sort, cursor, false, page, request.cursorName()));
        }
        Params params = page.params().copy().bind("parents", List.copyOf(parents));
        String inner = "select " + query.select() + sortColumns(sort, "") + " from " + query.from() + page.clause()
                + " order by " + order(sort, "", false) + " limit " + (request.limit() + 1);
        String sqlText = "select p.parent as k_parent, x.* from unnest(:parents) as p(parent) cross join lateral (" + inner
                + ") x order by p.parent, " + order(sort, "x.", false);
        Map<Long, List<Keyed<T>>> grouped = new LinkedHashMap<>();
        sql.lookup(sqlText, params, r -> grouped.computeIfAbsent(r.id("k_parent"), k -> new ArrayList<>())
                .add(new Keyed<>(mapper.map(r), keys(r, sort))));
        Map<Long, Long> totals = new LinkedHashMap<>();
        if (request.total()) {
            Params countParams = query.where().params().copy().bind("parents", List.copyOf(parents));
            sql.lookup("select p.parent as k_parent, (select count(*) from " + query.from() + query.where().clause()
                    + ") as n from unnest(:parents) as p(parent)", countParams,
                    r -> totals.put(r.id("k_parent"),
                            r.id("n")));
        }
        for (Long parent : parents) {
            List<Keyed<T>> rows = grouped.getOrDefault(parent, List.of());
            boolean more = rows.size() > request.limit();
            List<Keyed<T>> shown = more ? rows.subList(0, request.limit()) : rows;
            List<T> result = new ArrayList<>(shown.size());
            for (Keyed<T> row : shown) {
                result.add(row.row());
            }
            List<String> cursors = positions(shown, identity);
            String next = more ? shown.get(shown.size() - 1).position(false, identity) : null;
            String prev = cursor != null && !shown.isEmpty() ? shown.get(0).position(true, identity) : null;
            pages.put(parent, new Page<>(result, cursors, request.total() ? totals.getOrDefault(parent, 0L) : null, next,
                    prev));
        }
        return pages;
    }

    /**
     * Restricts {@code where} to rows whose date window ({@code <column>_earliest} .. {@code <column>_latest} of table
     * alias {@code e}) overlaps [from, to]; rows without a date never overlap. Either end may be null (open).
     * <p>
     * For the planner, a "window ends on or after {@code from}" filter is narrowed: the rows it keeps start no earlier
     * than the earliest start among them, so adding that bound lets a list sorted by start day begin its index scan there
     * instead of filtering every earlier row. The bound is looked up once per dataset version, table and day.
     */
    public void overlapping(Where where, String table, String column, LocalDate from, LocalDate to) {
        if (from != null) {
            where.and("e." + column + "_latest >= " + where.param(from));
            String boundSql = "select min(x." + column + "_earliest) as d from " + table + " x where x." + column
                    + "_latest >= :from";
            Optional<LocalDate> bound = memo(boundSql + "|" + from,
                    () -> sql.first(boundSql, new Params().bind("from", from), r -> Optional.ofNullable(r.date("d")))
                            .orElse(Optional.empty()));
            bound.ifPresent(b -> where.and("coalesce(e." + column + "_earliest, date '9999-12-31') >= " + where.param(b)));
        }
        if (to != null) {
            where.and("e." + column + "_earliest <= " + where.param(to));
        }
    }

    /**
     * The ids of the records of {@code table} with these slugs (in no particular order).
     *
     * @throws InvalidInput naming each slug that no record has, as a value of {@code parameter}
     */
    public List<Long> idsBySlugs(String table, List<String> slugs, String parameter) {
        Map<String, Long> found = new LinkedHashMap<>();
        sql.list("select slug, id from " + table + " where slug = any(:slugs)", new Params().bind("slugs", slugs), r -> {
            found.put(r.text("slug"), r.id("id"));
            return null;
        });
        List<InvalidInput.Violation> unknown = new ArrayList<>();
        for (String slug : slugs) {
            if (!found.containsKey(slug)) {
                unknown.add(new InvalidInput.Violation(parameter, "no " + table.replace('_', ' ') + " has the slug '" + slug
                        + "'"));
            }
        }
        if (!unknown.isEmpty()) {
            throw new InvalidInput(unknown);
        }
        return List.copyOf(found.values());
    }

    /** The ids of the records of {@code table} with these slugs, by slug (absent slugs are left out). */
    public Map<String, Long> idsOf(String table, Collection<String> slugs) {
        Map<String, Long> found = new LinkedHashMap<>();
        if (!slugs.isEmpty()) {
            sql.list("select slug, id from " + table + " where slug = any(:slugs)",
                    new Params().bind("slugs", List.copyOf(slugs)), r -> found.put(r.text("slug"), r.id("id")));
        }
        return found;
    }

    /**
     * A value that cannot change while the dataset does not: computed once per load of the dataset and key (a value may
     * hold row ids, which a reload of the same version changes).
     */
    @SuppressWarnings("unchecked")
    public <V> V memo(String key, Supplier<V> compute) {
        String v = version.load();
        return v == null ? compute.get() : (V) memo.get(v + "|" + key, k -> compute.get());
    }

    /**
     * The cursors of a page's rows, each made when it is read: most answers read none (a REST page gives only its
     * neighbours' cursors, a GraphQL one its edges' only when they are selected), and making one (JSON, then base64) for
     * every row of every page was 2 % of an uncached profile.
     */
    private static <T> List<String> positions(List<Keyed<T>> shown, String identity) {
        return new AbstractList<>() {
            @Override
            public String get(int index) {
                return shown.get(index).position(false, identity);
            }

            @Override
            public int size() {
                return shown.size();
            }
        };
    }

    private record Keyed<T>(T row, List<Object> keys) {

        String position(boolean backward, String identity) {
            return Cursor.after(keys.subList(0, keys.size() - 1), ((Number) keys.get(keys.size() - 1)).longValue(), backward,
                    identity).encode();
        }
    }

    private static List<Object> keys(Row r, List<SortKey> sort) throws java.sql.SQLException {
        List<Object> keys = new ArrayList<>(sort.size() + 1);
        for (int i = 0; i < sort.size(); i++) {
            keys.add(switch (sort.get(i).field().type()) {
                case DATE -> r.date("k_" + i);
                case TEXT -> r.text("k_" + i);
                case NUMBER -> r.id("k_" + i);
            });
        }
        keys.add(r.id("k_id"));
        return keys;
    }

    private static String sortColumns(List<SortKey> sort, String prefix) {
        StringBuilder columns = new StringBuilder();
        for (int i = 0; i < sort.size(); i++) {
            columns.append(", ").append(sort.get(i).field().expression()).append(" as k_").append(i);
        }
        return columns.append(", e.id as k_id").toString();
    }

    /**
     * The order clause; the tie-breaker follows the last key's direction, so that a sort in one direction pages with one
     * row-value comparison, which PostgreSQL answers from an index. With {@code prefix} ("x."), the computed sort
     * columns of an inner query are used.
     */
    private static String order(List<SortKey> sort, String prefix, boolean backward) {
        List<String> order = new ArrayList<>();
        for (int i = 0; i < sort.size(); i++) {
            String expression = prefix.isEmpty() ? sort.get(i).field().expression() : prefix + "k_" + i;
            order.add(expression + (sort.get(i).descending() != backward ? " desc" : " asc"));
        }
        boolean idDescending = !sort.isEmpty() && sort.get(sort.size() - 1).descending();
        order.add((prefix.isEmpty() ? "e.id" : prefix + "k_id") + (idDescending != backward ? " desc" : " asc"));
        return String.join(", ", order);
    }

    /**
     * The rows after the cursor in the sort order (before it, reading backward). One direction throughout: the row-value comparison
     * {@code (k1, k2, id) > (v1, v2, vid)}; mixed directions: {@code (k1 > v1) or (k1 = v1 and k2 < v2) or ...}.
     */
    private static String keyset(List<SortKey> sort, Cursor cursor, boolean backward, Where where, String parameter) {
        if (cursor.values().size() != sort.size()) {
            throw InvalidInput.of(parameter, "belongs to another sort order: start again without a cursor");
        }
        List<String> params = new ArrayList<>();
        for (int i = 0; i < sort.size(); i++) {
            try {
                params.add(where.param(sort.get(i).field().type().parse(cursor.values().get(i))));
            } catch (RuntimeException e) {
                throw InvalidInput.of(parameter, "is damaged (use the one a previous page gave, unchanged)");
            }
        }
        String id = where.param(cursor.id());
        boolean idDescending = sort.get(sort.size() - 1).descending();
        boolean uniform = sort.stream().allMatch(k -> k.descending() == idDescending);
        if (uniform) {
            List<String> keys = new ArrayList<>();
            sort.forEach(k -> keys.add(k.field().expression()));
            keys.add("e.id");
            List<String> values = new ArrayList<>(params);
            values.add(id);
            boolean greater = idDescending == backward;
            return "(" + String.join(", ", keys) + ") " + (greater ? ">" : "<") + " (" + String.join(", ", values) + ")";
        }
        List<String> alternatives = new ArrayList<>();
        for (int i = 0; i <= sort.size(); i++) {
            List<String> terms = new ArrayList<>();
            for (int j = 0; j < i; j++) {
                terms.add(sort.get(j).field().expression() + " = " + params.get(j));
            }
            boolean descending = i < sort.size() ? sort.get(i).descending() : idDescending;
            String expression = i < sort.size() ? sort.get(i).field().expression() : "e.id";
            String value = i < sort.size() ? params.get(i) : id;
            terms.add(expression + (descending == backward ? " > " : " < ") + value);
            alternatives.add("(" + String.join(" and ", terms) + ")");
        }
        return String.join(" or ", alternatives);
    }
}
