package org.ceasefiredata.ceasefire.commitment;

import org.ceasefiredata.ceasefire.paging.SortField;
import org.eclipse.microprofile.graphql.Description;

/**
 * The fields the deadline list sorts by: REST's {@code sort=} names ({@link SortField#name()}) and GraphQL's
 * {@code orderBy} fields (the constants) are the same fields, defined here once.
 */
@Description("A field the deadline list can be ordered by: the same fields as the REST list's sort parameter (due, dueEnd, slug, status).")
public enum DeadlineOrderField implements SortField.Choice {
    DUE(SortField.dateOrLast("due", "e.due_earliest")), DUE_END(SortField.dateOrLast("dueEnd", "e.due_latest")), SLUG(
            SortField.text("slug", "e.slug")), STATUS(SortField.text("status", "e.status"));

    private final SortField field;

    DeadlineOrderField(SortField field) {
        this.field = field;
    }

    @Override
    public SortField field() {
        return field;
    }
}
