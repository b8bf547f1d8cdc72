package org.ceasefiredata.ceasefire.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.persistence.EntityManager;

import org.ceasefiredata.ceasefire.kernel.DatasetVersion;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.quarkus.arc.Arc;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * Runs a filtered, sorted list query with keyset pagination: a page is the rows strictly after (or before) the cursor's
 * position in the sort order, so deep pages cost what the first one costs and rows never shift between pages. Ties are
 * broken by id. Two statements per page: the count and the page (one row more than the limit tells whether there is a
 * next page).
 */
public final class Listing {

    private Listing() {
    }

    /**
     * A page of rows, the position of each (a cursor to read on after it), the total matching the filters, and the
     * cursors to the neighbouring pages (or null).
     */
    public record Page<E>(List<E> rows, List<String> cursors, long total, String next, String prev) {

        /** The same page with other rows in place of these (e.g. views of the entities), in the same order. */
        public <T> Page<T> map(java.util.function.Function<List<E>, List<T>> convert) {
            return new Page<>(convert.apply(rows), cursors, total, next, prev);
        }
    }

    /**
     * @param from an HQL {@code from} clause naming the entity alias {@code e}, e.g. {@code "from Meeting e"}
     */
    public static <E extends PanacheEntityBase> Page<E> page(EntityManager em, Class<E> type, String from, Where where,
            ListRequest request) {
        String identity = request.identity();
        Cursor cursor = request.cursor() == null ? null : Cursor.decode(request.cursor(), identity);
        long total = count(em, from, where);

        List<SortKey> sort = request.sort();
        boolean backward = cursor != null && cursor.backward();
        Where page = where.copy();
        if (cursor != null) {
            page.and(keyset(sort, cursor, page));
        }
        StringBuilder select = new StringBuilder("select e");
        for (SortKey key : sort) {
            select.append(", ").append(key.field().expression());
        }
        select.append(", e.id ");
        List<String> order = new ArrayList<>();
        for (SortKey key : sort) {
            order.add(key.field().expression() + (key.descending() != backward ? " desc" : " asc"));
        }
        // The tie-breaker follows the last key's direction, so that a sort in one direction pages with one row-value
        // comparison, which PostgreSQL answers from an index.
        boolean idDescending = sort.get(sort.size() - 1).descending();
        order.add("e.id" + (idDescending != backward ? " desc" : " asc"));
        List<Object[]> rows = page.bind(em.createQuery(select + from + page.clause() + " order by " + String.join(", ", order),
                Object[].class)).setMaxResults(request.limit() + 1).getResultList();

        boolean more = rows.size() > request.limit();
        List<Object[]> shown = new ArrayList<>(more ? rows.subList(0, request.limit()) : rows);
        if (backward) {
            Collections.reverse(shown);
        }
        // Forward: a next page exists if there was one more row; a previous one if we came from a cursor.
        // Backward: the reverse.
        boolean hasNext = backward ? cursor != null : more;
        boolean hasPrev = backward ? more : cursor != null;
        String next = hasNext && !shown.isEmpty() ? position(shown.get(shown.size() - 1), sort, false, identity) : null;
        String prev = hasPrev && !shown.isEmpty() ? position(shown.get(0), sort, true, identity) : null;
        List<E> entities = new ArrayList<>(shown.size());
        List<String> cursors = new ArrayList<>(shown.size());
        for (Object[] row : shown) {
            entities.add(type.cast(row[0]));
            cursors.add(position(row, sort, false, identity));
        }
        return new Page<>(entities, cursors, total, next, prev);
    }

    /**
     * Totals do not change while the dataset does not, and every page of a query repeats the same count: they are
     * kept per dataset version and query (bounded).
     */
    private static final Cache<String, Long> COUNTS = Caffeine.newBuilder().maximumSize(10_000).build();

    private static long count(EntityManager em, String from, Where where) {
        String hql = "select count(e) " + from + where.clause();
        return cachedCount(hql + "|" + where.parameters(), () -> where.bind(em.createQuery(hql, Long.class)).getSingleResult());
    }

    /** A total computed once per dataset version and query ({@code key} must identify the query and its values). */
    public static long cachedCount(String key, Supplier<Long> count) {
        return cached(COUNTS, key, count);
    }

    /**
     * Restricts {@code where} to records whose date window (the embedded {@code window} of entity alias {@code e})
     * overlaps the requested range; records without a date never overlap.
     */
    public static void overlapping(EntityManager em, Where where, String entity, String window, ListRequest.Range range) {
        if (range.from() != null) {
            where.and("e." + window + ".latest >= " + where.param(range.from()));
            boundStart(em, where, entity, window, range.from());
        }
        if (range.to() != null) {
            where.and("e." + window + ".earliest <= " + where.param(range.to()));
        }
    }

    /**
     * Narrows a "window ends on or after {@code from}" filter for the planner: the rows it keeps start no earlier than
     * the earliest start among them, so adding that bound lets a list sorted by start day begin its index scan there
     * instead of filtering every earlier row. The bound is looked up once per dataset version, entity and day.
     *
     * @param entity the entity name ({@code Meeting})
     * @param window the path of its date window ({@code date}, {@code due})
     */
    private static void boundStart(EntityManager em, Where where, String entity, String window, LocalDate from) {
        String hql = "select min(x." + window + ".earliest) from " + entity + " x where x." + window + ".latest >= :from";
        Optional<LocalDate> bound = cached(BOUNDS, hql + "|" + from,
                () -> Optional.ofNullable(em.createQuery(hql, LocalDate.class).setParameter("from", from).getSingleResult()));
        bound.ifPresent(b -> where.and("coalesce(e." + window + ".earliest, {d '9999-12-31'}) >= " + where.param(b)));
    }

    private static final Cache<String, Optional<LocalDate>> BOUNDS = Caffeine.newBuilder().maximumSize(10_000).build();

    /** A value that cannot change while the dataset does not: computed once per dataset version and key. */
    private static <T> T cached(Cache<String, T> cache, String key, Supplier<T> compute) {
        String version = Arc.container().instance(DatasetVersion.class).get().get();
        return version == null ? compute.get() : cache.get(version + "|" + key, k -> compute.get());
    }

    private static String position(Object[] row, List<SortKey> sort, boolean backward, String identity) {
        List<Object> values = new ArrayList<>(sort.size());
        for (int i = 0; i < sort.size(); i++) {
            values.add(row[i + 1]);
        }
        return Cursor.after(values, ((Number) row[sort.size() + 1]).longValue(), backward, identity).encode();
    }

    /**
     * The rows after the cursor in the sort order. One direction throughout: the row-value comparison
     * {@code (k1, k2, id) > (v1, v2, vid)}; mixed directions: {@code (k1 > v1) or (k1 = v1 and k2 < v2) or ...}.
     */
    private static String keyset(List<SortKey> sort, Cursor cursor, Where where) {
        if (cursor.values().size() != sort.size()) {
            throw new BadRequestProblem("Invalid cursor: it belongs to another sort.",
                    List.of(new Problem.Violation("cursor", "belongs to another query")));
        }
        List<String> params = new ArrayList<>();
        for (int i = 0; i < sort.size(); i++) {
            try {
                params.add(where.param(sort.get(i).field().type().parse(cursor.values().get(i))));
            } catch (RuntimeException e) {
                throw new BadRequestProblem("Invalid cursor.", List.of(new Problem.Violation("cursor", "is damaged")));
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
            boolean greater = idDescending == cursor.backward();
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
            terms.add(expression + (descending == cursor.backward() ? " > " : " < ") + value);
            alternatives.add("(" + String.join(" and ", terms) + ")");
        }
        return String.join(" or ", alternatives);
    }
}
