package org.ceasefiredata.ceasefire.ingest.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a scraped news text into the plain text the extractors read, with a code point map back to the original and a
 * record of every line it set apart.
 * <p>
 * Line heuristics, applied to each line's trimmed content, in this order:
 * <ol>
 * <li><b>boilerplate</b>: the first line that opens a known outlet footer (e.g. "Connect with the Southeast Missourian
 * Newsroom:", "For corrections to this story", "Copyright 2016 ...") and everything after it, as one segment, because such
 * footers always run to the end of a scraped page;</li>
 * <li><b>teaser</b>: after a line that is a lone dash ("-", "–", "—"), with body text before it and text after it, every
 * line up to the boilerplate or the end is a related-article teaser; a teaser ends with a line ending in " -" (the section
 * label, "Middle East -") or at the end, so each headline + summary pair becomes one segment; the dash line itself is
 * <b>layout</b>;</li>
 * <li><b>photo-credit</b>: a line starting with "Photo:", "Photograph:", "Image:", "Picture:", "Credit:" or "Photo
 * credit:" (any case);</li>
 * <li><b>layout</b>: a line that is exactly a page-builder token ("block", "Advertisement") or has no letter or digit at
 * all;</li>
 * <li><b>caption</b> and <b>duplicate</b>: a line of three or more words that equals an earlier line is a duplicate; when
 * only blank lines separate it from that earlier line, the pair is an image's alt text and caption, so the first
 * occurrence is set apart too, as the caption.</li>
 * </ol>
 * Within the kept lines: markdown links {@code [words](target)} become {@code words}; runs of spaces become one space;
 * all double quotes become {@code "} and all single quotes {@code '} (a quote's direction is taken from its neighbours,
 * and where both neighbours are letters or punctuation, as in {@code said.”We}, from whether a quotation is open, so
 * misdirected curly quotes do not matter); "Geneva :The" becomes "Geneva: The"; a space is inserted after {@code . ? ! :}
 * between a lower-case letter, digit or closing quote and an upper-case letter or opening quote, unless the word before is
 * a dotted abbreviation ("U.S.", "a.m.") or a single letter; a space is inserted after a closing quote that follows
 * sentence punctuation and precedes an upper-case letter. Runs of blank lines become one blank line, and the text is
 * trimmed.
 * <p>
 * Only whole lines are recorded as set apart; characters dropped inside kept lines (link brackets and targets, extra
 * spaces, the space before a colon) are not, since the offset map already says where every kept character came from.
 */
public final class TextCleaner {

    /** Opening lines of outlet footers that run to the end of the page. */
    private static final List<Pattern> BOILERPLATE_OPENERS = List.of(
            Pattern.compile("Connect with the .{1,80}Newsroom:?"),
            Pattern.compile("For corrections to this story\\b.*"),
            Pattern.compile("To submit a letter to the editor\\b.*"),
            // A year is required: "Copyright Office" could open an ordinary sentence.
            Pattern.compile("(?:Copyright\\s*)?(?:©|\\(c\\)|Copyright)\\s*\\d{4}\\b.*"),
            Pattern.compile("All rights reserved\\b.*"),
            Pattern.compile("This material may not be published, broadcast, rewritten or redistributed\\b.*"),
            Pattern.compile("Sign up for .{0,60}newsletter\\b.*", Pattern.CASE_INSENSITIVE));

    private static final Pattern PHOTO_CREDIT = Pattern
            .compile("(?:photo(?:graph)?|image|picture|credit)(?:\\s+credits?)?\\s*:.*", Pattern.CASE_INSENSITIVE);

    private static final Set<String> LAYOUT_TOKENS = Set.of("block", "Advertisement", "ADVERTISEMENT");

    private static final Set<String> TEASER_SEPARATORS = Set.of("-", "\u2013", "\u2014");

    /** A teaser's last line ends with its section label and a dash: "... Middle East -". */
    private static final Pattern TEASER_END = Pattern.compile(".*\\s[-\u2013\u2014]");

    /** {@code [words](target)}: the words are group 1; the target may be "#", a URL or empty. */
    private static final Pattern MARKDOWN_LINK = Pattern.compile("\\[([^\\[\\]\\n]+)]\\([^()\\s]*\\)");

    /** "Geneva :The": the space to drop is group 1. */
    private static final Pattern SPACE_BEFORE_COLON = Pattern.compile("\\p{L}( +):(?=[\\p{Lu}\"])");

    private static final int MIN_DUPLICATE_WORDS = 3;

    private TextCleaner() {
    }

    /** Cleans a text; see the class documentation for what is removed and changed. */
    public static CleanedText clean(String original) {
        Objects.requireNonNull(original, "original");
        int[] cpAt = codePointOffsets(original);
        List<Line> lines = splitLines(original);
        String[] kinds = classify(lines);
        List<SetApart> setApart = setApartSegments(original, cpAt, lines, kinds);

        Mapped out = new Mapped();
        int previous = -1;
        int lastBlank = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (kinds[i] != null) {
                continue;
            }
            Line line = lines.get(i);
            Span cleaned = cleanLine(new Span(original.substring(line.start, line.end),
                    Arrays.copyOfRange(cpAt, line.start, line.end)));
            if (cleaned.text.isEmpty()) {
                if (previous >= 0) {
                    lastBlank = i;
                }
                continue;
            }
            if (previous >= 0) {
                out.append('\n', cpAt[lines.get(previous).terminator]);
                if (lastBlank > previous) {
                    out.append('\n', cpAt[lines.get(lastBlank).terminator]);
                }
            }
            out.append(cleaned);
            previous = i;
        }
        return toCleanedText(out, CodePoints.length(original), setApart);
    }

    /**
     * The reader's form of each set-apart segment of {@code original} (in the order given): its lines cleaned as kept
     * lines are (links reduced, quotes straightened, sentences separated) and joined by line breaks, blank lines dropped,
     * every code point mapped to its original offset. A segment's map ends at the segment's end.
     */
    public static List<CleanedText> cleanSegments(String original, List<SetApart> segments) {
        Objects.requireNonNull(original, "original");
        int[] cpAt = codePointOffsets(original);
        List<CleanedText> cleaned = new ArrayList<>(segments.size());
        for (SetApart segment : segments) {
            int from = original.offsetByCodePoints(0, segment.start());
            int to = original.offsetByCodePoints(from, segment.end() - segment.start());
            Mapped out = new Mapped();
            int previousTerminator = -1;
            for (Line line : splitLines(original.substring(from, to))) {
                int start = from + line.start;
                int end = from + line.end;
                Span kept = cleanLine(new Span(original.substring(start, end), Arrays.copyOfRange(cpAt, start, end)));
                if (kept.text.isEmpty()) {
                    continue;
                }
                if (previousTerminator >= 0) {
                    out.append('\n', cpAt[previousTerminator]);
                }
                out.append(kept);
                previousTerminator = from + line.terminator;
            }
            cleaned.add(toCleanedText(out, segment.end(), List.of()));
        }
        return cleaned;
    }

    private record Line(int start, int end, int terminator, String trimmed) {
    }

    /** Text with, per UTF-16 char, the original code point offset it came from. */
    private record Span(String text, int[] origin) {
    }

    /** A growable {@link Span}. */
    private static final class Mapped {

        private final StringBuilder text = new StringBuilder();
        private int[] origin = new int[256];

        void append(char c, int from) {
            if (text.length() == origin.length) {
                origin = Arrays.copyOf(origin, origin.length * 2);
            }
            origin[text.length()] = from;
            text.append(c);
        }

        void append(Span span, int from, int to) {
            for (int i = from; i < to; i++) {
                append(span.text.charAt(i), span.origin[i]);
            }
        }

        void append(Span span) {
            append(span, 0, span.text.length());
        }

        Span toSpan() {
            return new Span(text.toString(), Arrays.copyOf(origin, text.length()));
        }
    }

    private static int[] codePointOffsets(String s) {
        int[] cpAt = new int[s.length() + 1];
        CodePoints.Index index = CodePoints.index(s);
        for (int i = 0; i <= s.length(); i++) {
            cpAt[i] = i == s.length() ? CodePoints.length(s) : index.toCodePoint(i);
        }
        return cpAt;
    }

    private static List<Line> splitLines(String s) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        while (start <= s.length()) {
            int newline = s.indexOf('\n', start);
            int terminator = newline < 0 ? s.length() : newline;
            int end = terminator > start && s.charAt(terminator - 1) == '\r' ? terminator - 1 : terminator;
            lines.add(new Line(start, end, terminator, s.substring(start, end).strip()));
            if (newline < 0) {
                break;
            }
            start = newline + 1;
        }
        return lines;
    }

    /** The set-apart kind of each line, or null for a kept line. */
    private static String[] classify(List<Line> lines) {
        int n = lines.size();
        String[] kinds = new String[n];
        int boilerplate = n;
        for (int i = 0; i < n && boilerplate == n; i++) {
            String t = lines.get(i).trimmed;
            if (BOILERPLATE_OPENERS.stream().anyMatch(p -> p.matcher(t).matches())) {
                boilerplate = i;
            }
        }
        for (int i = boilerplate; i < n; i++) {
            kinds[i] = lines.get(i).trimmed.isEmpty() ? null : SetApart.BOILERPLATE;
        }

        int tail = boilerplate;
        for (int i = 0; i < boilerplate; i++) {
            // A lone dash alone is not enough: body text may follow one. Teasers end in a section label ("Middle East -").
            if (TEASER_SEPARATORS.contains(lines.get(i).trimmed) && hasText(lines, 0, i)
                    && hasText(lines, i + 1, boilerplate) && hasTeaserLabel(lines, i + 1, boilerplate)) {
                tail = i;
                break;
            }
        }
        if (tail < boilerplate) {
            kinds[tail] = SetApart.LAYOUT;
            for (int i = tail + 1; i < boilerplate; i++) {
                kinds[i] = lines.get(i).trimmed.isEmpty() ? null : SetApart.TEASER;
            }
        }

        Map<String, Integer> firstSeen = new HashMap<>();
        int lastText = -1;
        for (int i = 0; i < tail; i++) {
            String t = lines.get(i).trimmed;
            if (t.isEmpty()) {
                continue;
            }
            if (PHOTO_CREDIT.matcher(t).matches()) {
                kinds[i] = SetApart.PHOTO_CREDIT;
            } else if (LAYOUT_TOKENS.contains(t) || t.codePoints().noneMatch(Character::isLetterOrDigit)) {
                // Layout lines do not separate an image's alt text from its caption.
                kinds[i] = SetApart.LAYOUT;
                continue;
            } else if (t.split("\\s+").length >= MIN_DUPLICATE_WORDS) {
                Integer first = firstSeen.putIfAbsent(t, i);
                if (first != null) {
                    kinds[i] = SetApart.DUPLICATE;
                    if (first == lastText && kinds[first] == null) {
                        kinds[first] = SetApart.CAPTION;
                    }
                }
            }
            lastText = i;
        }
        return kinds;
    }

    private static boolean hasTeaserLabel(List<Line> lines, int from, int to) {
        for (int i = from; i < to; i++) {
            if (TEASER_END.matcher(lines.get(i).trimmed).matches()) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasText(List<Line> lines, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!lines.get(i).trimmed.isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static List<SetApart> setApartSegments(String original, int[] cpAt, List<Line> lines, String[] kinds) {
        List<SetApart> segments = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            String kind = kinds[i];
            if (kind == null) {
                i++;
                continue;
            }
            int last = i;
            if (kind.equals(SetApart.BOILERPLATE)) {
                for (int j = i + 1; j < lines.size(); j++) {
                    if (SetApart.BOILERPLATE.equals(kinds[j])) {
                        last = j;
                    }
                }
            } else if (kind.equals(SetApart.TEASER)) {
                while (!TEASER_END.matcher(lines.get(last).trimmed).matches() && last + 1 < lines.size()
                        && SetApart.TEASER.equals(kinds[last + 1])) {
                    last++;
                }
            }
            segments.add(segment(original, cpAt, kind, lines.get(i), lines.get(last)));
            // Blank lines inside a multi-line segment are part of it: remove them from the cleaned text as well.
            for (int j = i; j <= last; j++) {
                kinds[j] = kind;
            }
            i = last + 1;
        }
        segments.sort(Comparator.comparingInt(SetApart::start));
        return segments;
    }

    private static SetApart segment(String original, int[] cpAt, String kind, Line first, Line last) {
        int start = first.start;
        while (start < first.end && Character.isWhitespace(original.charAt(start))) {
            start++;
        }
        int end = last.end;
        while (end > start && Character.isWhitespace(original.charAt(end - 1))) {
            end--;
        }
        return new SetApart(kind, cpAt[start], cpAt[end], original.substring(start, end));
    }

    private static Span cleanLine(Span line) {
        Span s = collapseSpaces(line);
        s = reduceMarkdownLinks(s);
        s = straightenQuotes(s);
        s = removeSpaceBeforeColon(s);
        s = separateSentences(s);
        return collapseSpaces(s);
    }

    private static Span collapseSpaces(Span s) {
        Mapped out = new Mapped();
        String t = s.text;
        int i = 0;
        while (i < t.length()) {
            char c = t.charAt(i);
            if (c == '\u200B' || c == '\uFEFF') {
                i++;
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                int runStart = i;
                while (i < t.length() && (Character.isWhitespace(t.charAt(i)) || Character.isSpaceChar(t.charAt(i)))) {
                    i++;
                }
                if (out.text.length() > 0 && i < t.length()) {
                    out.append(' ', s.origin[runStart]);
                }
            } else {
                out.append(c, s.origin[i]);
                i++;
            }
        }
        return out.toSpan();
    }

    private static Span reduceMarkdownLinks(Span s) {
        Matcher m = MARKDOWN_LINK.matcher(s.text);
        Mapped out = new Mapped();
        int done = 0;
        while (m.find()) {
            out.append(s, done, m.start());
            out.append(s, m.start(1), m.end(1));
            done = m.end();
        }
        out.append(s, done, s.text.length());
        return out.toSpan();
    }

    private static Span straightenQuotes(Span s) {
        char[] chars = s.text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = switch (chars[i]) {
                case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033' -> '"';
                case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032' -> '\'';
                default -> chars[i];
            };
        }
        return new Span(new String(chars), s.origin);
    }

    private static Span removeSpaceBeforeColon(Span s) {
        Matcher m = SPACE_BEFORE_COLON.matcher(s.text);
        Mapped out = new Mapped();
        int done = 0;
        while (m.find()) {
            out.append(s, done, m.start(1));
            done = m.end(1);
        }
        out.append(s, done, s.text.length());
        return out.toSpan();
    }

    private static Span separateSentences(Span s) {
        String t = s.text;
        boolean[] opening = quoteDirections(t);
        Mapped out = new Mapped();
        for (int i = 0; i < t.length(); i++) {
            out.append(t.charAt(i), s.origin[i]);
            if (i + 1 < t.length() && needsSpaceAfter(t, i, opening)) {
                out.append(' ', s.origin[i + 1]);
            }
        }
        return out.toSpan();
    }

    /**
     * Whether each {@code "} opens a quotation. Its neighbours decide when one of them is a space (or the line's edge);
     * when both are not, as in {@code said."We} or {@code people."Lavrov}, the quote opens exactly when no quotation is
     * open, which is what makes misdirected curly quotes harmless.
     */
    private static boolean[] quoteDirections(String t) {
        boolean[] opening = new boolean[t.length()];
        boolean open = false;
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) != '"') {
                continue;
            }
            boolean spaceBefore = i == 0 || Character.isWhitespace(t.charAt(i - 1))
                    || "([{\u2013\u2014".indexOf(t.charAt(i - 1)) >= 0;
            boolean spaceAfter = i + 1 == t.length() || Character.isWhitespace(t.charAt(i + 1))
                    || ".,;:!?)]}\u2013\u2014".indexOf(t.charAt(i + 1)) >= 0;
            if (spaceBefore && !spaceAfter) {
                opening[i] = true;
            } else if (!spaceBefore && spaceAfter) {
                opening[i] = false;
            } else {
                opening[i] = !open;
            }
            open = opening[i];
        }
        return opening;
    }

    private static boolean needsSpaceAfter(String t, int i, boolean[] opening) {
        char c = t.charAt(i);
        char next = t.charAt(i + 1);
        boolean nextStartsSentence = Character.isUpperCase(next) || next == '"' && opening[i + 1];
        if (!nextStartsSentence || i == 0) {
            return false;
        }
        char prev = t.charAt(i - 1);
        if (c == '"') {
            return !opening[i] && ".?!,".indexOf(prev) >= 0;
        }
        if (".?!:".indexOf(c) < 0) {
            return false;
        }
        boolean prevEndsWord = Character.isLowerCase(prev) || Character.isDigit(prev) || prev == '\'' || prev == ')'
                || prev == '"' && !opening[i - 1];
        // "U.S.", "a.m." and initials: a single letter before the dot is an abbreviation, not a sentence end.
        boolean abbreviation = Character.isLetter(prev) && (i < 2 || !Character.isLetterOrDigit(t.charAt(i - 2)));
        return prevEndsWord && !abbreviation;
    }

    private static CleanedText toCleanedText(Mapped out, int originalLength, List<SetApart> setApart) {
        Span s = out.toSpan();
        String text = s.text;
        int[] toOriginal = new int[CodePoints.length(text) + 1];
        int k = 0;
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            toOriginal[k++] = s.origin[i];
        }
        toOriginal[k] = originalLength;
        return new CleanedText(text, toOriginal, setApart);
    }
}
