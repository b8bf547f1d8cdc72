package org.ceasefiredata.ceasefire.graph;

import java.time.LocalDate;
import java.util.List;

import org.ceasefiredata.ceasefire.kernel.Checks;
import org.ceasefiredata.ceasefire.paging.PageRequest;
import org.ceasefiredata.ceasefire.paging.SortKey;

import graphql.schema.DataFetchingEnvironment;

/**
 * Helpers of the GraphQL API classes: the value of a relation loaded ahead (what a relation's declaring method
 * answers; the engine reads it by result key itself, see {@link EngineSetup}), and the paging of root lists.
 */
final class Ahead {

    private Ahead() {
    }

    /** The value {@link Assembler} loaded for this relation of the node (under its name, when not aliased). */
    @SuppressWarnings("unchecked")
    static <T> T value(GraphNode node, String field) {
        return (T) node.related().get(field);
    }

    static final String FIRST = "Page size reading forward (after 'after'), 1 to 100; 25 when neither first nor last is given.";
    static final String AFTER = "Cursor after which to start (pageInfo.endCursor of the previous page).";
    static final String LAST = "Page size reading backward: the last records of the list, or those just before 'before'; 1 to 100. Not with first.";
    static final String BEFORE = "Cursor before which to end (pageInfo.startCursor of the following page); read with last.";
    static final String ORDER_BY = "Sort keys, most significant first (the REST list's sort parameter: the same fields); ties are broken by record. Default: the list's own order. A cursor continues only the order it was made in.";

    /**
     * The page a root list asks for (Relay): {@code first}/{@code after} forward or {@code last}/{@code before}
     * backward, in the order {@code orderBy} gives (the list's default without one); the total only when it is
     * selected. Mixing the directions is refused, naming the arguments.
     */
    static PageRequest page(Integer first, String after, Integer last, String before, List<? extends Orders.Order> orderBy,
            List<SortKey> defaults, DataFetchingEnvironment env) {
        Checks checks = new Checks();
        if (after != null && after.isBlank()) {
            checks.reject("after", "is empty");
        }
        if (before != null && before.isBlank()) {
            checks.reject("before", "is empty");
        }
        if (first != null && last != null) {
            checks.reject("last", "cannot be given with first: first (with after) reads forward, last (with before)"
                    + " backward; give one of them");
        } else if (after != null && before != null) {
            checks.reject("before", "cannot be given with after: read forward from after or backward from before");
        } else if (first != null && before != null) {
            checks.reject("before", "reads backward: give last with it, not first");
        } else if (last != null && after != null) {
            checks.reject("after", "reads forward: give first with it, not last");
        }
        // The list's items are nullable in the schema (SmallRye makes an argument list of non-null items non-null
        // itself, so orderBy could not be left out): a null item is refused here.
        if (orderBy != null && orderBy.contains(null)) {
            checks.reject("orderBy", "has a null sort key");
        }
        List<SortKey> sort = SortKey.requested(orderBy == null
                ? List.of()
                : orderBy.stream().filter(java.util.Objects::nonNull).map(Orders.Order::key).toList(), defaults, checks,
                "orderBy");
        checks.done();
        boolean backward = last != null || before != null;
        int size = backward
                ? (last == null ? PageRequest.DEFAULT_LIMIT : last)
                : (first == null ? PageRequest.DEFAULT_LIMIT : first);
        return new PageRequest(size, backward ? before : after, sort, Assembler.selects(env, "totalCount"),
                backward ? "last" : "first", backward ? "before" : "after", backward);
    }

    /** The GraphQL name of a list parameter of the query layer (REST's {@code sort} is {@code orderBy}). */
    static String argument(String parameter) {
        return parameter.equals("sort") ? "orderBy" : parameter;
    }

    /**
     * A filter as GraphQL received it: a list given empty ({@code slug: []}) would select nothing, which is never what
     * a client means, so it is refused naming the field (the query layer treats an empty list as absent, as REST
     * sends none for a parameter left out).
     */
    static <F> F filter(F filter) {
        if (filter == null) {
            return null;
        }
        Checks checks = new Checks();
        for (java.lang.reflect.Field field : filter.getClass().getFields()) {
            try {
                if (field.get(filter) instanceof List<?> list && list.isEmpty()) {
                    checks.reject(field.getName(), "is empty");
                }
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        checks.done();
        return filter;
    }

    /** The day a single record is asked as of ({@code asOf} argument, any date precision), or null. */
    static LocalDate asOf(String asOf) {
        Checks checks = new Checks();
        LocalDate day = checks.date("asOf", checks.text("asOf", asOf), true);
        checks.done();
        return day;
    }
}
