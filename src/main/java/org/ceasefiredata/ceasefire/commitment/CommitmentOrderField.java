package org.ceasefiredata.ceasefire.commitment;

import org.ceasefiredata.ceasefire.paging.SortField;
import org.eclipse.microprofile.graphql.Description;

/**
 * The fields the commitment list sorts by: REST's {@code sort=} names ({@link SortField#name()}) and GraphQL's
 * {@code orderBy} fields (the constants) are the same fields, defined here once.
 */
@Description("A field the commitment list can be ordered by: the same fields as the REST list's sort parameter (date, slug, kind, status).")
public enum CommitmentOrderField implements SortField.Choice {
    DATE(SortField.dateOrLast("date", "e.date_earliest")), SLUG(SortField.text("slug", "e.slug")), KIND(
            SortField.text("kind", "e.kind")), STATUS(SortField.text("status", "e.status"));

    private final SortField field;

    CommitmentOrderField(SortField field) {
        this.field = field;
    }

    @Override
    public SortField field() {
        return field;
    }
}
