package org.ceasefiredata.ceasefire.graph;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import org.ceasefiredata.ceasefire.document.DocumentDocs;
import org.ceasefiredata.ceasefire.document.MentionKind;
import org.ceasefiredata.ceasefire.document.MentionRow;
import org.ceasefiredata.ceasefire.kernel.DateType;
import org.ceasefiredata.ceasefire.kernel.PartialDate;
import org.ceasefiredata.ceasefire.kernel.SegmentKind;
import org.ceasefiredata.ceasefire.participant.NameKind;
import org.ceasefiredata.ceasefire.participant.ParticipantRow;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A mention found in a document, in the GraphQL graph. */
@Type("Mention")
@Description(DocumentDocs.MENTION)
public record MentionNode(
        @Ignore long documentId,
        @Ignore ParticipantRow participantRow,
        @Ignore LocalDate asOf,
        @Ignore Map<String, Object> related,
        @NonNull @Description(DocumentDocs.MENTION_KIND) MentionKind kind,
        @NonNull @Description(DocumentDocs.MENTION_TEXT) String text,
        @Description(DocumentDocs.MENTION_START) int start,
        @Description(DocumentDocs.MENTION_END) int end,
        @Description(DocumentDocs.MENTION_CLEAN_START) int cleanStart,
        @Description(DocumentDocs.MENTION_CLEAN_END) int cleanEnd,
        @Description(DocumentDocs.MENTION_SEGMENT_KIND) SegmentKind segmentKind,
        @Description(DocumentDocs.MENTION_NAME_KIND) NameKind nameKind,
        @Description(DocumentDocs.MENTION_CONFIDENCE) Double confidence,
        @Description(DocumentDocs.MENTION_DATE_TYPE) DateType dateType,
        @Description(DocumentDocs.MENTION_DATE) PartialDate date,
        @Description(DocumentDocs.MENTION_DATE_BASIS) String basis) implements GraphNode {

    static MentionNode of(MentionRow m, LocalDate asOf) {
        return new MentionNode(m.documentId(), m.participant(), asOf, GraphNode.slots(), m.kind(), m.text(), m.start(),
                m.end(), m.cleanStart(), m.cleanEnd(), m.segmentKind(), m.nameKind(), m.confidence(),
                m.dateKind() == null ? null : DateType.valueOf(m.dateKind().toUpperCase(Locale.ROOT)), m.date(),
                m.dateBasis());
    }
}
