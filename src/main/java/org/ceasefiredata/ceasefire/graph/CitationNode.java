package org.ceasefiredata.ceasefire.graph;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.ceasefiredata.ceasefire.evidence.CitationRow;
import org.ceasefiredata.ceasefire.evidence.EvidenceDocs;
import org.ceasefiredata.ceasefire.kernel.SegmentKind;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A citation in the GraphQL graph: the quote and where it stands; its document is a relation. */
@Type("Citation")
@Description(EvidenceDocs.CITATION)
public record CitationNode(
        @NonNull @Description(EvidenceDocs.QUOTE) String quote,
        @Description(EvidenceDocs.START) int start,
        @Description(EvidenceDocs.END) int end,
        @NonNull @Description(EvidenceDocs.DOCUMENT_SHA256) String documentSha256,
        @NonNull @Description(EvidenceDocs.CLEAN_QUOTE) String cleanQuote,
        @Description(EvidenceDocs.CLEAN_START) Integer cleanStart,
        @Description(EvidenceDocs.CLEAN_END) Integer cleanEnd,
        @Description(EvidenceDocs.SEGMENT_KIND) SegmentKind segmentKind,
        @Ignore long documentId,
        @Ignore LocalDate asOf,
        @Ignore Map<String, Object> related) implements GraphNode {

    static CitationNode of(CitationRow c, LocalDate asOf) {
        return new CitationNode(c.quote(), c.start(), c.end(), c.documentSha256(), c.cleanQuote(), c.cleanStart(),
                c.cleanEnd(), c.segmentKind(), c.documentId(), asOf, GraphNode.slots());
    }

    static List<CitationNode> of(List<CitationRow> rows, LocalDate asOf) {
        return rows.stream().map(c -> of(c, asOf)).toList();
    }
}
