package org.ceasefiredata.ceasefire.search;

import org.ceasefiredata.ceasefire.kernel.RecordType;

/** A record or document matching a search, with a snippet where the matched words are wrapped in {@code <mark>}. */
public record SearchHit(RecordType type, String slug, String title, String snippet, double rank) {
}
