package org.ceasefiredata.ceasefire.graph;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

/** A segment of a document's original text set apart from its cleaned text. */
@Type("SetApartSegment")
@Description("A part of the original text kept out of the cleaned text, and why.")
public record SegmentNode(
        @Description("Why it was set apart: caption, photo-credit, boilerplate, teaser, layout, duplicate.") String kind,
        @Description("Code-point offset in the original text.") int start,
        @Description("Code-point offset just past its end.") int end,
        @Description("The segment.") String text) {
}
