package org.ceasefiredata.ceasefire.ingest.text;

/**
 * Conversions between UTF-16 indices (what {@link String} and regular expressions use) and code point indices (what the
 * dataset stores as offsets).
 */
final class CodePoints {

    private CodePoints() {
    }

    /** The number of code points in {@code s}. */
    static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    /** The substring between two code point offsets, end exclusive. */
    static String substring(String s, int cpStart, int cpEnd) {
        if (cpStart < 0 || cpEnd < cpStart) {
            throw new IndexOutOfBoundsException("code point span [" + cpStart + ", " + cpEnd + ")");
        }
        int begin = s.offsetByCodePoints(0, cpStart);
        int end = s.offsetByCodePoints(begin, cpEnd - cpStart);
        return s.substring(begin, end);
    }

    /** An index from UTF-16 positions of one string to code point positions. */
    static Index index(String s) {
        return new Index(s);
    }

    /**
     * Maps UTF-16 positions of one string to code point positions in constant time; texts without supplementary
     * characters (nearly all) need no table at all.
     */
    static final class Index {

        private final int[] codePointAt;

        private Index(String s) {
            boolean surrogates = false;
            for (int i = 0; i < s.length() && !surrogates; i++) {
                surrogates = Character.isSurrogate(s.charAt(i));
            }
            if (!surrogates) {
                codePointAt = null;
                return;
            }
            codePointAt = new int[s.length() + 1];
            int cp = 0;
            for (int i = 0; i < s.length(); i++) {
                codePointAt[i] = cp;
                // Both halves of a surrogate pair belong to the same code point.
                boolean pairStart = Character.isHighSurrogate(s.charAt(i)) && i + 1 < s.length()
                        && Character.isLowSurrogate(s.charAt(i + 1));
                if (!pairStart) {
                    cp++;
                }
            }
            codePointAt[s.length()] = cp;
        }

        /** The code point offset of the code point that contains UTF-16 position {@code charIndex}. */
        int toCodePoint(int charIndex) {
            return codePointAt == null ? charIndex : codePointAt[charIndex];
        }
    }
}
