package org.ceasefiredata.ceasefire.ingest.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a reader sees of a source text: the cleaned text, and the segments set apart from it (captions, teasers, credits)
 * each cleaned the same way. It gives the reader's form of any original span (a citation's quote without markdown
 * residue) and the texts in which mentions are looked for.
 */
public final class ReaderText {

    /** A set-apart segment with its reader's form. */
    public record Segment(SetApart segment, CleanedText cleaned) {
    }

    /**
     * The reader's form of an original span: its text, its offsets in the cleaned text (null when it lies in a segment
     * set apart, which the cleaned text leaves out) and the kind of that segment (null for the body).
     */
    public record Reading(String text, Integer cleanStart, Integer cleanEnd, String segmentKind) {
    }

    private final String original;
    private final CleanedText cleaned;
    private final List<Segment> segments;

    private ReaderText(String original, CleanedText cleaned, List<Segment> segments) {
        this.original = original;
        this.cleaned = cleaned;
        this.segments = segments;
    }

    /** Cleans {@code original} and its set-apart segments. */
    public static ReaderText of(String original) {
        Objects.requireNonNull(original, "original");
        CleanedText cleaned = TextCleaner.clean(original);
        List<CleanedText> forms = TextCleaner.cleanSegments(original, cleaned.setApart());
        List<Segment> segments = new ArrayList<>(forms.size());
        for (int i = 0; i < forms.size(); i++) {
            segments.add(new Segment(cleaned.setApart().get(i), forms.get(i)));
        }
        return new ReaderText(original, cleaned, List.copyOf(segments));
    }

    public CleanedText cleaned() {
        return cleaned;
    }

    public List<Segment> segments() {
        return segments;
    }

    /** The reader's form of the original span {@code [start, end)} (code points). */
    public Reading read(int start, int end) {
        for (Segment s : segments) {
            if (s.segment().start() <= start && end <= s.segment().end()) {
                return inSegment(s, start, end);
            }
        }
        CleanedText.Range range = cleaned.cleanedSpan(start, end);
        if (range != null) {
            return new Reading(cleaned.substring(range.start(), range.end()), range.start(), range.end(), null);
        }
        for (Segment s : segments) {
            if (start < s.segment().end() && s.segment().start() < end) {
                return inSegment(s, Math.max(start, s.segment().start()), Math.min(end, s.segment().end()));
            }
        }
        // Nothing of the span is left anywhere (pure markup): clean the span on its own.
        return new Reading(TextCleaner.clean(CodePoints.substring(original, start, end)).text(), null, null, null);
    }

    private static Reading inSegment(Segment s, int start, int end) {
        CleanedText.Range range = s.cleaned().cleanedSpan(start, end);
        String text = range == null ? "" : s.cleaned().substring(range.start(), range.end());
        return new Reading(text, null, null, s.segment().kind());
    }
}
