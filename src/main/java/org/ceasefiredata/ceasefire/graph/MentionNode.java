package org.ceasefiredata.ceasefire.graph;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import org.ceasefiredata.ceasefire.document.MentionKind;
import org.ceasefiredata.ceasefire.document.MentionRow;
import org.ceasefiredata.ceasefire.kernel.DateType;
import org.ceasefiredata.ceasefire.kernel.PartialDate;
import org.ceasefiredata.ceasefire.participant.ParticipantRow;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A mention found in a document, in the GraphQL graph. */
@Type("Mention")
@Description("A participant name or a date expression found automatically in a document, with offsets in the original text (as citations) and in the cleaned text.")
public record MentionNode(
        @Ignore long documentId,
        @Ignore ParticipantRow participantRow,
        @Ignore LocalDate asOf,
        @Ignore Map<String, Object> related,
        @NonNull @Description("What the mention refers to.") MentionKind kind,
        @NonNull @Description("The words in the original text.") String text,
        @Description("Code-point offset in the original text.") int start,
        @Description("Code-point offset just past its end in the original text.") int end,
        @Description("Code-point offset in the cleaned text.") int cleanStart,
        @Description("Code-point offset just past its end in the cleaned text.") int cleanEnd,
        @Description("Date mentions: named outright or relative to the publication date.") DateType dateType,
        @Description("Date mentions: the window it resolves to; null when it cannot be resolved.") PartialDate date,
        @Description("Date mentions: how it was resolved.") String basis) implements GraphNode {

    static MentionNode of(MentionRow m, LocalDate asOf) {
        return new MentionNode(m.documentId(), m.participant(), asOf, GraphNode.slots(), m.kind(), m.text(), m.start(),
                m.end(), m.cleanStart(), m.cleanEnd(),
                m.dateKind() == null ? null : DateType.valueOf(m.dateKind().toUpperCase(Locale.ROOT)), m.date(),
                m.dateBasis());
    }
}
