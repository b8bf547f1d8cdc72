package org.ceasefiredata.ceasefire.graph;

import java.time.LocalDate;

import org.ceasefiredata.ceasefire.document.Mention;
import org.ceasefiredata.ceasefire.document.MentionKind;
import org.ceasefiredata.ceasefire.kernel.DateType;
import org.ceasefiredata.ceasefire.kernel.PartialDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A mention found in a document, in the GraphQL graph. */
@Type("Mention")
@Description("A participant name or a date expression found automatically in a document, with offsets in the original text (as citations) and in the cleaned text.")
public record MentionNode(
        @Ignore long documentId,
        @Ignore Long participantId,
        @Ignore LocalDate asOf,
        @NonNull @Description("What the mention refers to.") MentionKind kind,
        @NonNull @Description("The words in the original text.") String text,
        @Description("Code-point offset in the original text.") int start,
        @Description("Code-point offset just past its end in the original text.") int end,
        @Description("Code-point offset in the cleaned text.") int cleanStart,
        @Description("Code-point offset just past its end in the cleaned text.") int cleanEnd,
        @Description("Date mentions: named outright or relative to the publication date.") DateType dateType,
        @Description("Date mentions: the window it resolves to; null when it cannot be resolved.") PartialDate date,
        @Description("Date mentions: how it was resolved.") String basis) {

    static MentionNode of(Mention m, LocalDate asOf) {
        return new MentionNode(m.document.id, m.participant == null ? null : m.participant.id, asOf, m.kind, m.text,
                m.startOffset, m.endOffset, m.cleanStartOffset, m.cleanEndOffset,
                m.dateKind == null ? null : DateType.valueOf(m.dateKind.toUpperCase(java.util.Locale.ROOT)),
                m.date == null ? null : m.date.toPartialDate(), m.dateBasis);
    }
}
