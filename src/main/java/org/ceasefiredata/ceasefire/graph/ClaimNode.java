package org.ceasefiredata.ceasefire.graph;

import java.time.LocalDate;
import java.util.List;

import org.ceasefiredata.ceasefire.evidence.ClaimRow;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** One source's claim about a record, in the GraphQL graph. */
@Type("Claim")
@Description("One source's statement about an aspect of a record; sources that disagree each keep their claim.")
public record ClaimNode(
        @NonNull @Description("The aspect the claim is about, e.g. duration.") String about,
        @NonNull @Description("What the source says.") String value,
        @NonNull @Description("Where the source says it.") List<@NonNull CitationNode> citations) {

    static ClaimNode of(ClaimRow c, LocalDate asOf) {
        return new ClaimNode(c.about(), c.value(), CitationNode.of(c.citations(), asOf));
    }
}
