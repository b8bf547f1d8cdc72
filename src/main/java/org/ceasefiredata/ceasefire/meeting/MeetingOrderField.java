package org.ceasefiredata.ceasefire.meeting;

import org.ceasefiredata.ceasefire.paging.SortField;
import org.eclipse.microprofile.graphql.Description;

/**
 * The fields the meeting list sorts by: REST's {@code sort=} names ({@link SortField#name()}) and GraphQL's
 * {@code orderBy} fields (the constants) are the same fields, defined here once.
 */
@Description("A field the meeting list can be ordered by: the same fields as the REST list's sort parameter (date, end, slug, title, kind, status).")
public enum MeetingOrderField implements SortField.Choice {
    DATE(SortField.dateOrLast("date", "e.date_earliest")), END(SortField.dateOrLast("end", "e.date_latest")), SLUG(
            SortField.text("slug", "e.slug")), TITLE(SortField.text("title", "e.title")), KIND(
                    SortField.text("kind", "e.kind")), STATUS(SortField.text("status", "e.status"));

    private final SortField field;

    MeetingOrderField(SortField field) {
        this.field = field;
    }

    @Override
    public SortField field() {
        return field;
    }
}
