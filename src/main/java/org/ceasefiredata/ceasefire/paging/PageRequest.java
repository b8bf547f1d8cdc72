package org.ceasefiredata.ceasefire.paging;

import java.util.List;

import org.ceasefiredata.ceasefire.kernel.InvalidInput;

/**
 * Which page of a list: its size, the cursor to start from (or none), the sort order, whether the total is wanted, and
 * the names the API gave the size and cursor arguments (REST {@code limit}/{@code cursor}, GraphQL
 * {@code first}/{@code after}), so that errors name what the client sent.
 */
public record PageRequest(int limit, String cursor, List<SortKey> sort, boolean total, String limitName,
        String cursorName) {

    public static final int DEFAULT_LIMIT = 25;
    public static final int MAX_LIMIT = 100;

    public PageRequest {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw InvalidInput.of(limitName, "must be between 1 and " + MAX_LIMIT + ", was " + limit);
        }
        sort = List.copyOf(sort);
    }

    /** The same page in another order. */
    public PageRequest sortedBy(List<SortKey> order) {
        return new PageRequest(limit, cursor, order, total, limitName, cursorName);
    }
}
