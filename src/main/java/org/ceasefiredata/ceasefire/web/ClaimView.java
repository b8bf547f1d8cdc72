package org.ceasefiredata.ceasefire.web;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One source's statement about an aspect of a record, served beside the differing statements of other sources. */
@Schema(name = "Claim", description = "One source's statement about an aspect of a record; sources that disagree each keep their claim.")
public record ClaimView(
        @Schema(description = "The aspect the claim is about.", example = "duration") String about,
        @Schema(description = "What the source says.", example = "nearly 10 hours") String value,
        @Schema(description = "Where the source says it.") List<CitationView> citations) {
}
