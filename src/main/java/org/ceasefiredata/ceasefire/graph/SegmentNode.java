package org.ceasefiredata.ceasefire.graph;

import org.ceasefiredata.ceasefire.document.DocumentDocs;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

/** A segment of a document's original text set apart from its cleaned text. */
@Type("SetApartSegment")
@Description(DocumentDocs.SEGMENT)
public record SegmentNode(
        @Description(DocumentDocs.SEGMENT_KIND
                + " One of caption, photo-credit, boilerplate, teaser, layout, duplicate.") String kind,
        @Description(DocumentDocs.SEGMENT_START) int start,
        @Description(DocumentDocs.SEGMENT_END) int end,
        @Description(DocumentDocs.SEGMENT_TEXT) String text) {
}
