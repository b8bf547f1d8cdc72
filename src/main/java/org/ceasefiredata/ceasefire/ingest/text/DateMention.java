package org.ceasefiredata.ceasefire.ingest.text;

import org.ceasefiredata.ceasefire.kernel.PartialDate;

/**
 * A date expression at code point offsets {@code [start, end)} of the text, the window it denotes ({@code null} when
 * it cannot be placed, e.g. a relative expression without a publication date) and how that window was found.
 */
public record DateMention(int start, int end, String text, Kind kind, PartialDate resolved, String basis) {

    /** Whether an expression names its date or needs the publication date to be placed. */
    public enum Kind {
        ABSOLUTE, RELATIVE
    }
}
