package org.ceasefiredata.ceasefire.paging;

/**
 * A filtered list before paging: the columns each row needs (over the table alias {@code e}), the {@code from}
 * clause, and the filters. {@code name} tells lists apart in their cursors ({@code meetings}, {@code deadlines}).
 */
public record ListQuery(String name, String select, String from, Where where) {
}
