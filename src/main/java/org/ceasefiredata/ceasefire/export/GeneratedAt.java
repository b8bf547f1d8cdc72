package org.ceasefiredata.ceasefire.export;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * The generation time an export writes ({@code ?generatedAt=} on every export file, {@code --generated-at} on the
 * command line): an ISO 8601 instant within the range a zip archive can store (1980 to 2107), so that every file,
 * datapackage.zip included, can carry it. One rule for every file: a value one file cannot hold is refused by all.
 */
public final class GeneratedAt {

    public static final Instant EARLIEST = Instant.parse("1980-01-01T00:00:00Z");
    public static final Instant LATEST = Instant.parse("2107-12-31T23:59:59Z");
    static final String RULE = "must be one ISO 8601 instant (e.g. 2016-03-01T00:00:00Z) from " + EARLIEST + " to " + LATEST
            + ", the times a zip archive can store";

    private GeneratedAt() {
    }

    /**
     * @throws IllegalArgumentException saying what is allowed, when the text is not an instant in range
     */
    public static Instant parse(String text) {
        Instant at;
        try {
            at = Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(RULE + "; got " + quoted(text));
        }
        if (at.isBefore(EARLIEST) || at.isAfter(LATEST)) {
            throw new IllegalArgumentException(RULE + "; got " + quoted(text));
        }
        return at;
    }

    /** The value in quotes, cut short if long: an error message must not echo a whole oversized parameter. */
    static String quoted(String text) {
        return "'" + (text.length() > 64 ? text.substring(0, 64) + "..." : text) + "'";
    }
}
