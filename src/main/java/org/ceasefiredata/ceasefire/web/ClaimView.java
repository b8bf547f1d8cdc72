package org.ceasefiredata.ceasefire.web;

import java.util.List;

import org.ceasefiredata.ceasefire.evidence.EvidenceDocs;
import org.ceasefiredata.ceasefire.kernel.Basis;
import org.ceasefiredata.ceasefire.kernel.Docs;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One source's statement about an aspect of a record, served beside the differing statements of other sources. */
@Schema(name = "Claim", description = EvidenceDocs.CLAIM)
public record ClaimView(
        @Schema(description = EvidenceDocs.CLAIM_ABOUT, example = "duration") String about,
        @Schema(description = EvidenceDocs.CLAIM_VALUE, example = "nearly 10 hours") String value,
        @Schema(description = Docs.BASIS_OF_CLAIM) Basis basis,
        @Schema(description = EvidenceDocs.CLAIM_CITATIONS) List<CitationView> citations) {
}
