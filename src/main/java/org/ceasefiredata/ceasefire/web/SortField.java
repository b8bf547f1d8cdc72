package org.ceasefiredata.ceasefire.web;

import java.time.LocalDate;

/**
 * A field a list can be sorted by: its public name and the HQL expression it sorts on, which must never be null (wrap
 * nullable columns in {@code coalesce}) so that cursors can compare values.
 */
public record SortField(String name, String expression, Type type) {

    /** How a sort value is carried in a cursor. */
    public enum Type {
        DATE, TEXT, NUMBER;

        Object parse(String value) {
            return switch (this) {
                case DATE -> LocalDate.parse(value);
                case TEXT -> value;
                case NUMBER -> Long.valueOf(value);
            };
        }
    }

    public static SortField date(String name, String expression) {
        return new SortField(name, expression, Type.DATE);
    }

    public static SortField text(String name, String expression) {
        return new SortField(name, expression, Type.TEXT);
    }

    public static SortField number(String name, String expression) {
        return new SortField(name, expression, Type.NUMBER);
    }
}
