package org.ceasefiredata.ceasefire.web;

import org.ceasefiredata.ceasefire.evidence.EvidenceDocs;
import org.ceasefiredata.ceasefire.kernel.PartialDate;
import org.ceasefiredata.ceasefire.kernel.SegmentKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The evidence for a fact as served: which document, the exact quote and where it stands in the original text, and the
 * quote as a reader sees it with where it stands in the cleaned text.
 */
@Schema(name = "Citation", description = EvidenceDocs.CITATION)
public record CitationView(
        @Schema(description = EvidenceDocs.DOCUMENT, example = "issg-overview-2016") String document,
        @Schema(description = EvidenceDocs.DOCUMENT_TITLE, nullable = true, example = "Despite progress, US-Russia fall short on truce for Syria") String documentTitle,
        @Schema(description = EvidenceDocs.OUTLET, nullable = true, example = "Southeast Missourian") String outlet,
        @Schema(description = EvidenceDocs.AGENCY, nullable = true, example = "AP") String agency,
        @Schema(description = EvidenceDocs.PUBLISHED, nullable = true) PartialDate published,
        @Schema(description = EvidenceDocs.QUOTE, example = "a UN [deadline](#) for emergency airdrops to besieged areas") String quote,
        @Schema(description = EvidenceDocs.START, example = "3031") int start,
        @Schema(description = EvidenceDocs.END, example = "3090") int end,
        @Schema(description = EvidenceDocs.DOCUMENT_SHA256, example = "380faccb7cc595e2acbd28b22bd522bbc1d7716c81cc3a0bbe90f51d97241a2d") String documentSha256,
        @Schema(description = EvidenceDocs.CLEAN_QUOTE, example = "a UN deadline for emergency airdrops to besieged areas") String cleanQuote,
        @Schema(description = EvidenceDocs.CLEAN_START, nullable = true, example = "2902") Integer cleanStart,
        @Schema(description = EvidenceDocs.CLEAN_END, nullable = true, example = "2956") Integer cleanEnd,
        @Schema(description = EvidenceDocs.SEGMENT_KIND, nullable = true) SegmentKind segmentKind,
        @Schema(description = "Path of the document in this API.", example = "/api/v1/documents/issg-overview-2016") String documentHref) {

    public static String documentHref(String slug) {
        return "/api/v1/documents/" + slug;
    }
}
