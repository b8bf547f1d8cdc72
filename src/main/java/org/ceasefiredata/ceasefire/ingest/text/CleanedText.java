package org.ceasefiredata.ceasefire.ingest.text;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The cleaned text with, for each of its code points, the code point offset in the original it came from
 * ({@code toOriginal[length]} is the original's length), and the segments set apart.
 * <p>
 * A character the cleaner inserted (a space between run-together sentences) maps to the offset of the original
 * character it precedes.
 */
public record CleanedText(String text, int[] toOriginal, List<SetApart> setApart) {

    public CleanedText {
        Objects.requireNonNull(text, "text");
        toOriginal = Objects.requireNonNull(toOriginal, "toOriginal").clone();
        setApart = List.copyOf(setApart);
        if (toOriginal.length != CodePoints.length(text) + 1) {
            throw new IllegalArgumentException("toOriginal has " + toOriginal.length + " entries for "
                    + CodePoints.length(text) + " code points; expected one more than the code points");
        }
    }

    /** A copy, so the map cannot be changed from outside. */
    @Override
    public int[] toOriginal() {
        return toOriginal.clone();
    }

    /** The number of code points of the cleaned text. */
    public int length() {
        return toOriginal.length - 1;
    }

    /** The code point substring of the cleaned text, end exclusive. */
    public String substring(int start, int end) {
        return CodePoints.substring(text, start, end);
    }

    /** The original offset of the cleaned code point at {@code cleanedOffset} (a span start). */
    public int originalOffset(int cleanedOffset) {
        checkOffset(cleanedOffset);
        return toOriginal[cleanedOffset];
    }

    /**
     * The original end (exclusive) of a cleaned span ending (exclusive) at {@code cleanedEnd}: just after the original
     * of its last code point, so the original span holds the same words and nothing that follows them (not the link
     * target after a link's words, not a removed footer after the last line).
     */
    public int originalEnd(int cleanedEnd) {
        checkOffset(cleanedEnd);
        if (cleanedEnd == 0) {
            return toOriginal[0];
        }
        int last = cleanedEnd - 1;
        // An inserted character shares its origin with the next one and covers no original character.
        if (cleanedEnd < length() && toOriginal[last] == toOriginal[cleanedEnd]) {
            return toOriginal[last];
        }
        return toOriginal[last] + 1;
    }

    /** A span of the cleaned text, in code points, end exclusive. */
    public record Range(int start, int end) {
    }

    /**
     * The cleaned span holding what is left of the original span {@code [originalStart, originalEnd)} (code points),
     * without whitespace at its edges, or null when nothing of it is left (it lies in lines set apart, or is all markup).
     * The inverse of {@link #originalOffset} and {@link #originalEnd}: the map is non-decreasing, so two binary searches.
     */
    public Range cleanedSpan(int originalStart, int originalEnd) {
        int start = firstAtOrAfter(originalStart);
        int end = firstAtOrAfter(originalEnd);
        while (start < end && Character.isWhitespace(text.codePointAt(text.offsetByCodePoints(0, start)))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.codePointAt(text.offsetByCodePoints(0, end - 1)))) {
            end--;
        }
        return start < end ? new Range(start, end) : null;
    }

    /**
     * The first cleaned offset (up to {@link #length()}) whose original offset is at least {@code original}: where an
     * original position, kept or not, falls in the cleaned text.
     */
    public int cleanedOffset(int original) {
        return firstAtOrAfter(original);
    }

    private int firstAtOrAfter(int original) {
        int low = 0;
        int high = length();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (toOriginal[mid] < original) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private void checkOffset(int offset) {
        if (offset < 0 || offset > length()) {
            throw new IndexOutOfBoundsException("offset " + offset + " outside the cleaned text [0, " + length() + "]");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CleanedText other && text.equals(other.text) && Arrays.equals(toOriginal, other.toOriginal)
                && setApart.equals(other.setApart);
    }

    @Override
    public int hashCode() {
        return Objects.hash(text, Arrays.hashCode(toOriginal), setApart);
    }

    @Override
    public String toString() {
        return "CleanedText[text=" + text + ", setApart=" + setApart + "]";
    }
}
