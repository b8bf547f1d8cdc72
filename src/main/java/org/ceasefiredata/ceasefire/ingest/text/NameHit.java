package org.ceasefiredata.ceasefire.ingest.text;

/** A name found at code point offsets {@code [start, end)}: its surface form as in the text and its participant key. */
public record NameHit(int start, int end, String name, String key) {
}
