package org.ceasefiredata.ceasefire.graph;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.ceasefiredata.ceasefire.evidence.CitationRow;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A citation in the GraphQL graph: the quote and where it stands; its document is a relation. */
@Type("Citation")
@Description("An exact quote of a source document supporting a fact. Offsets count Unicode code points of the document's original text, start inclusive, end exclusive.")
public record CitationNode(
        @NonNull @Description("The exact words of the source.") String quote,
        @Description("Code-point offset where the quote starts in the original text.") int start,
        @Description("Code-point offset just past the quote's end.") int end,
        @NonNull @Description("SHA-256 of the original text the offsets refer to.") String documentSha256,
        @Ignore long documentId,
        @Ignore LocalDate asOf,
        @Ignore Map<String, Object> related) implements GraphNode {

    static CitationNode of(CitationRow c, LocalDate asOf) {
        return new CitationNode(c.quote(), c.start(), c.end(), c.documentSha256(), c.documentId(), asOf, GraphNode.slots());
    }

    static List<CitationNode> of(List<CitationRow> rows, LocalDate asOf) {
        return rows.stream().map(c -> of(c, asOf)).toList();
    }
}
