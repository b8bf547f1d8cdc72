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

    /** The page a root list asks for: {@code first} and {@code after}, the total only when it is selected. */
    static PageRequest page(Integer first, String after, List<SortKey> sort, DataFetchingEnvironment env) {
        if (after != null && after.isBlank()) {
            new Checks().reject("after", "is empty").done();
        }
        return new PageRequest(first == null ? PageRequest.DEFAULT_LIMIT : first, after, sort,
                Assembler.selects(env, "totalCount"), "first", "after");
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
