package org.ceasefiredata.ceasefire.participant;

import org.ceasefiredata.ceasefire.paging.SortField;
import org.eclipse.microprofile.graphql.Description;

/**
 * The fields the participant list sorts by: REST's {@code sort=} names ({@link SortField#name()}) and GraphQL's
 * {@code orderBy} fields (the constants) are the same fields, defined here once.
 */
@Description("A field the participant list can be ordered by: the same fields as the REST list's sort parameter (name, slug, kind).")
public enum ParticipantOrderField implements SortField.Choice {
    NAME(SortField.text("name", "lower(e.name)")), SLUG(SortField.text("slug", "e.slug")), KIND(
            SortField.text("kind", "e.kind"));

    private final SortField field;

    ParticipantOrderField(SortField field) {
        this.field = field;
    }

    @Override
    public SortField field() {
        return field;
    }
}
