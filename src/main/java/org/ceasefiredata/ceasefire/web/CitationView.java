package org.ceasefiredata.ceasefire.web;

import org.ceasefiredata.ceasefire.kernel.PartialDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The evidence for a fact as served: which document, the exact quote, and where it stands in the original text. */
@Schema(name = "Citation", description = "An exact quote of a source document supporting a fact. The offsets count Unicode code points of the document's original text, start inclusive, end exclusive.")
public record CitationView(
        @Schema(description = "Slug of the source document.", example = "southeast-missourian-munich-issg-2016-02-12") String document,
        @Schema(description = "Title of the source document; null for a text loaded without curated metadata.", nullable = true, example = "Despite progress, US-Russia fall short on truce for Syria") String documentTitle,
        @Schema(description = "Outlet that published the document, when known.", nullable = true, example = "Southeast Missourian") String outlet,
        @Schema(description = "When the document was published, as precisely as known.", nullable = true) PartialDate published,
        @Schema(description = "The exact words of the source.", example = "the U.N.-set target date of Feb. 25") String quote,
        @Schema(description = "Code-point offset where the quote starts in the original text.", example = "1201") int start,
        @Schema(description = "Code-point offset just past the quote's end.", example = "1237") int end,
        @Schema(description = "SHA-256 of the original text the offsets refer to.", example = "5e4585709c64042e907aabd16b4578414b1d4db7eebc9cbae7ca0539e51c11e4") String documentSha256,
        @Schema(description = "Path of the document in this API.", example = "/api/v1/documents/southeast-missourian-munich-issg-2016-02-12") String documentHref) {

    public static String documentHref(String slug) {
        return "/api/v1/documents/" + slug;
    }
}
