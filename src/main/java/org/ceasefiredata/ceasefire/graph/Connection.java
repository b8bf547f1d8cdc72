package org.ceasefiredata.ceasefire.graph;

import java.util.AbstractList;
import java.util.List;
import java.util.function.Function;

import org.ceasefiredata.ceasefire.paging.Page;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** A Relay connection: one page of a list, its edges with cursors, the page's bounds and the total. */
@Description("One page of a list (Relay connection). Pass pageInfo.endCursor as 'after' while pageInfo.hasNextPage is true to read the whole list; backward, pageInfo.startCursor as 'before' (with last) while pageInfo.hasPreviousPage is true.")
public record Connection<T>(
        @NonNull @Description("The records on this page with their cursors, in the list's order.") List<@NonNull Edge<T>> edges,
        @NonNull @Description("The records on this page, in the list's order (the edges' nodes, for clients that need no cursors).") List<@NonNull T> nodes,
        @NonNull @Description("Where this page stands in the list.") PageInfo pageInfo,
        @Description("Number of records matching the filters, over all pages.") int totalCount) {

    /** The connection of a page, its rows turned into nodes (the total is 0 when it was not asked for). */
    public static <E, T> Connection<T> of(Page<E> page, Function<E, T> node) {
        List<T> converted = page.rows().stream().map(node).toList();
        List<String> cursors = page.cursors();
        // Edges are made when read: their cursors are made then too, and only when edges are selected.
        List<Edge<T>> edges = new AbstractList<>() {
            @Override
            public Edge<T> get(int index) {
                return new Edge<>(converted.get(index), cursors.get(index));
            }

            @Override
            public int size() {
                return converted.size();
            }
        };
        return new Connection<>(edges, converted, new PageInfo(page.next() != null, page.prev() != null,
                cursors.isEmpty() ? null : cursors.get(0), cursors.isEmpty() ? null : cursors.get(cursors.size() - 1)),
                page.total() == null ? 0 : page.total().intValue());
    }

    /** A record on a page and its position. */
    @Description("A record on a page of a list and its position in the list.")
    public record Edge<T>(
            @NonNull @Description("The record.") T node,
            @NonNull @Description("Opaque position of the record: pass it as 'after' to read the records that follow it, as 'before' for those that precede it.") String cursor) {
    }

    /** Where a page stands in its list. */
    @Description("Where a page stands in its list (Relay PageInfo).")
    public record PageInfo(
            @Description("Whether records follow this page (always true for a page read with before).") boolean hasNextPage,
            @Description("Whether records precede this page (always true for a page read with after).") boolean hasPreviousPage,
            @Description("Cursor of the first record on this page; null when the page is empty. Pass it as 'before' (with last) for the previous page.") String startCursor,
            @Description("Cursor of the last record on this page; null when the page is empty. Pass it as 'after' for the next page.") String endCursor) {
    }
}
