package org.ceasefiredata.ceasefire.paging;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A page of rows, the position of each (a cursor to read on after it), the total matching the filters (null when it
 * was not asked for), and the cursors of the neighbouring pages (null at either end).
 */
public record Page<T>(List<T> rows, List<String> cursors, Long total, String next, String prev) {

    /** The same page with each row converted. */
    public <R> Page<R> map(Function<T, R> convert) {
        List<R> converted = new ArrayList<>(rows.size());
        rows.forEach(r -> converted.add(convert.apply(r)));
        return new Page<>(converted, cursors, total, next, prev);
    }

    /** The same page with its rows replaced as a whole (same order and number). */
    public <R> Page<R> withRows(List<R> replaced) {
        return new Page<>(replaced, cursors, total, next, prev);
    }
}
