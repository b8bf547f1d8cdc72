package org.ceasefiredata.ceasefire.document;

import org.ceasefiredata.ceasefire.paging.SortField;
import org.eclipse.microprofile.graphql.Description;

/**
 * The fields the source document list sorts by: REST's {@code sort=} names ({@link SortField#name()}) and GraphQL's
 * {@code orderBy} fields (the constants) are the same fields, defined here once.
 */
@Description("A field the source document list can be ordered by: the same fields as the REST list's sort parameter (published, slug, title).")
public enum DocumentOrderField implements SortField.Choice {
    PUBLISHED(SortField.dateOrLast("published", "e.published_earliest")), SLUG(SortField.text("slug", "e.slug")), TITLE(
            SortField.text("title", "lower(coalesce(e.title, ''))"));

    private final SortField field;

    DocumentOrderField(SortField field) {
        this.field = field;
    }

    @Override
    public SortField field() {
        return field;
    }
}
