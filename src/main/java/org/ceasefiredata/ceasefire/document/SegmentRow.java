package org.ceasefiredata.ceasefire.document;

import org.ceasefiredata.ceasefire.kernel.SegmentKind;

/** A part of a document's original text kept out of its cleaned text (a caption, a credit, a teaser), and why. */
public record SegmentRow(long documentId, SegmentKind kind, int start, int end, String text) {
}
