package org.ceasefiredata.ceasefire.paging;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * A field a list can be sorted by: its public name and the SQL expression it sorts on (over the list's table alias
 * {@code e}), which must never be null (wrap nullable columns in {@code coalesce}) so that cursors can compare values.
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

        /** The SQL type a cursor value is cast to when compared. */
        String sqlType() {
            return switch (this) {
                case DATE -> "date";
                case TEXT -> "text";
                case NUMBER -> "bigint";
            };
        }
    }

    public static SortField date(String name, String expression) {
        return new SortField(name, expression, Type.DATE);
    }

    public static SortField text(String name, String expression) {
        return new SortField(name, expression, Type.TEXT);
    }

    /**
     * A list's sort fields as an enum: the one definition of what a list sorts by, read by REST's {@code sort=} (by
     * {@link SortField#name()}) and offered by GraphQL's {@code orderBy} (as the enum's constants).
     */
    public interface Choice {
        SortField field();
    }

    /** The fields of an enum of sort fields, in declaration order. */
    public static List<SortField> of(Choice... choices) {
        return Arrays.stream(choices).map(Choice::field).toList();
    }

    public static SortField number(String name, String expression) {
        return new SortField(name, expression, Type.NUMBER);
    }

    /** A nullable date column sorted with undated rows last. */
    public static SortField dateOrLast(String name, String column) {
        return date(name, "coalesce(" + column + ", date '9999-12-31')");
    }
}
