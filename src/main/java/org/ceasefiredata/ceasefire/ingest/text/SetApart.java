package org.ceasefiredata.ceasefire.ingest.text;

/** A segment of the original text kept out of the cleaned text; offsets are original code point offsets. */
public record SetApart(String kind, int start, int end, String text) {

    public static final String CAPTION = "caption";
    public static final String PHOTO_CREDIT = "photo-credit";
    public static final String BOILERPLATE = "boilerplate";
    public static final String TEASER = "teaser";
    public static final String LAYOUT = "layout";
    public static final String DUPLICATE = "duplicate";
}
