package org.ceasefiredata.ceasefire.kernel;

import org.eclipse.microprofile.graphql.Description;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Why a part of a source text was set apart from its cleaned text: the kind of a set-apart segment, and of the segment a
 * quote or a mention lies in.
 */
@Description(Docs.SEGMENT_KIND)
public enum SegmentKind {
    CAPTION, PHOTO_CREDIT, BOILERPLATE, TEASER, LAYOUT, DUPLICATE;

    @JsonValue
    public String wire() {
        return Wire.of(this);
    }

    /** The kind stored as its wire spelling ({@code photo-credit}), or null. */
    public static SegmentKind of(String wire) {
        return wire == null ? null : Wire.parse(SegmentKind.class, wire);
    }
}
