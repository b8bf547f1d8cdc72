package org.ceasefiredata.ceasefire.explorer;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * A source text as HTML with every cited quote highlighted at its exact offsets, and the segments the cleaned text sets
 * apart (captions, credits, teasers) marked as such.
 * <p>
 * Offsets are Unicode code points of the original text (as the API serves them); Java strings and the DOM index UTF-16
 * units, so every offset is converted once, here, with {@link String#offsetByCodePoints}. The text is cut at every
 * quote and segment boundary; each piece carries the quotes covering it ({@code data-q}, space-separated keys
 * {@code start-end}), so overlapping quotes stay exact: the pieces whose {@code data-q} holds a key, in order, spell the
 * quote. Each quote starts with an empty anchor {@code id="q-start-end"} and each highlighted piece links to the list
 * of facts the quote supports ({@code #f-start-end}). The characters of the text are all there, in order, and nothing
 * else: labels of set-apart segments are drawn by CSS from {@code data-kind}.
 */
public final class Highlighter {

    private Highlighter() {
    }

    /** A quote to highlight: code-point offsets of the original text, start inclusive, end exclusive. */
    public record Span(int start, int end) {
        public String key() {
            return start + "-" + end;
        }
    }

    /** A set-apart segment: its kind and code-point offsets. */
    public record Segment(String kind, int start, int end) {
    }

    /**
     * The text as HTML (to be placed in an element that preserves white space). Spans outside the text or empty are
     * left out (the loader never stores one: it checks every quote against the text).
     */
    public static String html(String text, List<Span> quotes, List<Segment> segments) {
        int length = text.codePointCount(0, text.length());
        List<Span> valid = quotes.stream().filter(q -> q.start() >= 0 && q.end() > q.start() && q.end() <= length)
                .distinct().toList();
        List<Segment> parts = segments.stream()
                .filter(s -> s.start() >= 0 && s.end() > s.start() && s.end() <= length).toList();
        TreeSet<Integer> cuts = new TreeSet<>();
        cuts.add(0);
        cuts.add(length);
        valid.forEach(q -> {
            cuts.add(q.start());
            cuts.add(q.end());
        });
        parts.forEach(s -> {
            cuts.add(s.start());
            cuts.add(s.end());
        });
        StringBuilder html = new StringBuilder(text.length() * 2);
        Integer previous = null;
        int charIndex = 0;
        for (int cut : cuts) {
            if (previous != null) {
                int from = previous;
                int to = cut;
                int charEnd = text.offsetByCodePoints(charIndex, to - from);
                piece(html, text.substring(charIndex, charEnd), from, to, valid, parts);
                charIndex = charEnd;
            }
            previous = cut;
        }
        return html.toString();
    }

    private static void piece(StringBuilder html, String chunk, int from, int to, List<Span> quotes,
            List<Segment> segments) {
        for (Span q : quotes) {
            if (q.start() == from) {
                html.append("<span class=\"anchor\" id=\"q-").append(q.key()).append("\"></span>");
            }
        }
        Segment segment = null;
        for (Segment s : segments) {
            if (s.start() <= from && s.end() >= to) {
                segment = s;
                break;
            }
        }
        List<String> keys = new ArrayList<>();
        for (Span q : quotes) {
            if (q.start() <= from && q.end() >= to) {
                keys.add(q.key());
            }
        }
        if (segment != null) {
            html.append("<span class=\"set-apart").append(segment.start() == from ? " set-apart-start" : "")
                    .append("\" data-kind=\"").append(escape(segment.kind())).append("\">");
        }
        if (!keys.isEmpty()) {
            // The shortest quote covering the piece is the most specific: its facts are one click away.
            String target = keys.get(0);
            int shortest = Integer.MAX_VALUE;
            for (Span q : quotes) {
                if (q.start() <= from && q.end() >= to && q.end() - q.start() < shortest) {
                    shortest = q.end() - q.start();
                    target = q.key();
                }
            }
            html.append("<a class=\"hl").append(keys.size() > 1 ? " hl-overlap" : "").append("\" data-q=\"")
                    .append(String.join(" ", keys)).append("\" href=\"#f-").append(target).append("\">");
        }
        html.append(escape(chunk));
        if (!keys.isEmpty()) {
            html.append("</a>");
        }
        if (segment != null) {
            html.append("</span>");
        }
    }

    /**
     * HTML text escaping that keeps every character: a carriage return is written as a reference, since an HTML parser
     * turns a literal CR LF into LF and the text would no longer slice at its offsets.
     */
    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\r' -> out.append("&#13;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
