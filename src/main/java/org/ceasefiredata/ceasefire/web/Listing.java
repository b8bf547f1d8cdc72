package org.ceasefiredata.ceasefire.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.persistence.EntityManager;

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

    /** A page of entities, the total matching the filters, and the cursors to the neighbouring pages (or null). */
    public record Page<E>(List<E> rows, long total, String next, String prev) {
    }

    /**
     * @param from an HQL {@code from} clause naming the entity alias {@code e}, e.g. {@code "from Meeting e"}
     */
    public static <E extends PanacheEntityBase> Page<E> page(EntityManager em, Class<E> type, String from, Where where,
            ListRequest request) {
        String identity = request.identity();
        Cursor cursor = request.cursor() == null ? null : Cursor.decode(request.cursor(), identity);
        long total = where.bind(em.createQuery("select count(e) " + from + where.clause(), Long.class)).getSingleResult();

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
        for (Object[] row : shown) {
            entities.add(type.cast(row[0]));
        }
        return new Page<>(entities, total, next, prev);
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
