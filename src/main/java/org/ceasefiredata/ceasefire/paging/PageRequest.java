package org.ceasefiredata.ceasefire.paging;

import java.util.List;

import org.ceasefiredata.ceasefire.kernel.InvalidInput;

/**
 * Which page of a list: its size, the cursor to start from (or none), the sort order, whether the total is wanted, and
 * the names the API gave the size and cursor arguments (REST {@code limit}/{@code cursor}, GraphQL
 * {@code first}/{@code after} or {@code last}/{@code before}), so that errors name what the client sent; and the
 * direction to read in: {@code backward} true reads the rows before the cursor (the last rows without one), false the
 * rows after it, null the way the cursor says (REST's {@code next} and {@code prev} links).
 */
public record PageRequest(int limit, String cursor, List<SortKey> sort, boolean total, String limitName,
        String cursorName, Boolean backward) {

    public static final int DEFAULT_LIMIT = 25;
    public static final int MAX_LIMIT = 100;

    public PageRequest {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw InvalidInput.of(limitName, "must be between 1 and " + MAX_LIMIT + ", was " + limit);
        }
        sort = List.copyOf(sort);
    }

    /** A page read the way its cursor says (forward without one). */
    public PageRequest(int limit, String cursor, List<SortKey> sort, boolean total, String limitName, String cursorName) {
        this(limit, cursor, sort, total, limitName, cursorName, null);
    }

    /** The same page in another order. */
    public PageRequest sortedBy(List<SortKey> order) {
        return new PageRequest(limit, cursor, order, total, limitName, cursorName, backward);
    }
}
