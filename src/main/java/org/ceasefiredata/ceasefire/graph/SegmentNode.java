package org.ceasefiredata.ceasefire.graph;

import org.ceasefiredata.ceasefire.document.DocumentDocs;
import org.ceasefiredata.ceasefire.kernel.SegmentKind;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A segment of a document's original text set apart from its cleaned text. */
@Type("SetApartSegment")
@Description(DocumentDocs.SEGMENT)
public record SegmentNode(
        @NonNull @Description(DocumentDocs.SEGMENT_KIND) SegmentKind kind,
        @Description(DocumentDocs.SEGMENT_START) int start,
        @Description(DocumentDocs.SEGMENT_END) int end,
        @Description(DocumentDocs.SEGMENT_TEXT) String text) {
}
