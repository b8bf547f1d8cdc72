package org.ceasefiredata.ceasefire.document;

/** A part of a document's original text kept out of its cleaned text (a caption, a credit, a teaser), and why. */
public record SegmentRow(long documentId, String kind, int start, int end, String text) {
}
