package org.ceasefiredata.ceasefire.graph;

import java.time.LocalDate;
import java.util.List;

import org.ceasefiredata.ceasefire.evidence.ClaimRow;
import org.ceasefiredata.ceasefire.evidence.EvidenceDocs;
import org.ceasefiredata.ceasefire.kernel.Basis;
import org.ceasefiredata.ceasefire.kernel.Docs;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** One source's claim about a record, in the GraphQL graph. */
@Type("Claim")
@Description(EvidenceDocs.CLAIM)
public record ClaimNode(
        @NonNull @Description(EvidenceDocs.CLAIM_ABOUT) String about,
        @NonNull @Description(EvidenceDocs.CLAIM_VALUE) String value,
        @NonNull @Description(Docs.BASIS_OF_CLAIM) Basis basis,
        @NonNull @Description(EvidenceDocs.CLAIM_CITATIONS) List<@NonNull CitationNode> citations) {

    static ClaimNode of(ClaimRow c, LocalDate asOf) {
        return new ClaimNode(c.about(), c.value(), c.basis(), CitationNode.of(c.citations(), asOf));
    }
}
