package org.ceasefiredata.ceasefire.graph;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.ceasefiredata.ceasefire.evidence.Evidence;
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

    /** Claims of many records, as nodes, by record id. */
    public static Map<Long, List<ClaimNode>> of(Evidence.Subject subject, List<Long> ids, LocalDate asOf) {
        return Evidence.claims(subject, ids, asOf).entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> e.getValue().stream().map(c -> new ClaimNode(c.about(), c.value(),
                        c.citations().stream().map(x -> CitationNode.of(x, asOf)).toList())).toList()));
    }
}
