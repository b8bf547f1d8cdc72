package org.ceasefiredata.ceasefire.paging;

/** One key of a sort order: a field and a direction. */
public record SortKey(SortField field, boolean descending) {

    public static SortKey asc(SortField field) {
        return new SortKey(field, false);
    }

    /** As written in {@code ?sort=}: {@code date} or {@code -date}. */
    @Override
    public String toString() {
        return (descending ? "-" : "") + field.name();
    }
}
