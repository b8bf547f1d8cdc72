package org.ceasefiredata.ceasefire.web;

/** One key of a sort order: a field and a direction. */
public record SortKey(SortField field, boolean descending) {

    /** As written in {@code ?sort=}: {@code date} or {@code -date}. */
    @Override
    public String toString() {
        return (descending ? "-" : "") + field.name();
    }
}
