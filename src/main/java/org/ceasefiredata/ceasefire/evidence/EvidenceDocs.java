package org.ceasefiredata.ceasefire.evidence;

/**
 * Descriptions of citations and claims, written once for the REST views, the GraphQL types and the OpenAPI document.
 */
public final class EvidenceDocs {

    public static final String CITATION = "An exact quote of a source document supporting a fact. The offsets count"
            + " Unicode code points of the document's original text, start inclusive, end exclusive; the clean quote is the"
            + " same words as a reader sees them.";
    public static final String DOCUMENT = "Slug of the source document.";
    public static final String DOCUMENT_TITLE = "Title of the source document; null for a text loaded without curated"
            + " metadata.";
    public static final String OUTLET = "Outlet that published the document, when known.";
    public static final String AGENCY = "News agency the document is credited to (its copy carried by the outlet), when"
            + " known.";
    public static final String PUBLISHED = "When the document was published, as precisely as known.";
    public static final String QUOTE = "The exact words of the source, verbatim (markdown residue such as '[ISIS](#)'"
            + " included): the offsets index them.";
    public static final String START = "Code-point offset where the quote starts in the original text.";
    public static final String END = "Code-point offset just past the quote's end.";
    public static final String DOCUMENT_SHA256 = "SHA-256 of the original text the offsets refer to.";
    public static final String CLEAN_QUOTE = "The quote as a reader sees it: from the cleaned text (markdown link residue"
            + " reduced to its words, run-together sentences separated, quotes straightened); for a quote in a set-apart"
            + " segment (see segmentKind), from that segment cleaned the same way.";
    public static final String CLEAN_START = "Code-point offset where the clean quote starts in the cleaned text; null"
            + " when the quote lies in a set-apart segment, which the cleaned text leaves out.";
    public static final String CLEAN_END = "Code-point offset just past the clean quote's end in the cleaned text; null"
            + " when the quote lies in a set-apart segment.";
    public static final String SEGMENT_KIND = "The kind of set-apart segment (caption, teaser, photo credit...) the quote"
            + " lies in; null when it lies in the body of the text.";

    public static final String CLAIM = "One source's statement about an aspect of a record; sources that disagree each"
            + " keep their claim.";
    public static final String CLAIM_ABOUT = "The aspect the claim is about.";
    public static final String CLAIM_VALUE = "What the source says.";
    public static final String CLAIM_CITATIONS = "Where the source says it.";

    private EvidenceDocs() {
    }
}
