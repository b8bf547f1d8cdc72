package org.ceasefiredata.ceasefire.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The highlighted source text: offsets are code points of the original (not UTF-16 units), overlapping quotes stay
 * exact, set-apart segments are marked, and the text's characters are all there in order.
 */
class HighlighterTest {

    /** Characters outside the Basic Multilingual Plane take two UTF-16 units each: 🇸🇾 is two code points, four units. */
    static final String TEXT = "Flags 🇸🇾 and 🇷🇺: the truce, 𝒜 “cessation”, begins.\r\nPhoto: AP";

    @Test
    void quotesAreCutAtCodePointsNotUtf16Units() {
        String quote = "the truce, 𝒜 “cessation”";
        int start = TEXT.codePointCount(0, TEXT.indexOf(quote));
        int end = start + quote.codePointCount(0, quote.length());
        String html = Highlighter.html(TEXT, List.of(new Highlighter.Span(start, end)), List.of());
        assertEquals(quote, unescape(String.join("", pieces(html, start + "-" + end))));
        assertEquals(TEXT, text(html));
        assertTrue(html.contains("id=\"q-" + start + "-" + end + "\""), html);
    }

    @Test
    void overlappingQuotesEachSpellTheirWords() {
        String outer = "🇷🇺: the truce, 𝒜";
        String inner = "truce, 𝒜 “cessation”, begins";
        int os = TEXT.codePointCount(0, TEXT.indexOf(outer));
        int oe = os + outer.codePointCount(0, outer.length());
        int is = TEXT.codePointCount(0, TEXT.indexOf(inner));
        int ie = is + inner.codePointCount(0, inner.length());
        String html = Highlighter.html(TEXT, List.of(new Highlighter.Span(os, oe), new Highlighter.Span(is, ie)), List.of());
        assertEquals(outer, unescape(String.join("", pieces(html, os + "-" + oe))));
        assertEquals(inner, unescape(String.join("", pieces(html, is + "-" + ie))));
        assertTrue(html.contains("hl-overlap"), "the shared words are marked as covered twice");
        assertEquals(TEXT, text(html));
    }

    @Test
    void setApartSegmentsAreMarkedWithTheirKindAndCarriageReturnsSurvive() {
        int start = TEXT.codePointCount(0, TEXT.indexOf("Photo: AP"));
        int end = TEXT.codePointCount(0, TEXT.length());
        String html = Highlighter.html(TEXT, List.of(), List.of(new Highlighter.Segment("photo-credit", start, end)));
        assertTrue(html.contains("<span class=\"set-apart set-apart-start\" data-kind=\"photo-credit\">Photo: AP</span>"),
                html);
        assertTrue(html.contains("&#13;"), "a CR is written as a reference: an HTML parser would drop a literal one");
        assertEquals(TEXT, text(html));
    }

    @Test
    void markupInTheTextIsEscaped() {
        String text = "a <script>alert(1)</script> & \"b\"";
        String html = Highlighter.html(text, List.of(new Highlighter.Span(2, 10)), List.of());
        assertTrue(!html.contains("<script>"), html);
        assertEquals(text, text(html));
    }

    @Test
    void spansOutsideTheTextAreLeftOut() {
        String html = Highlighter.html("short", List.of(new Highlighter.Span(2, 99), new Highlighter.Span(3, 3)), List.of());
        assertEquals("short", html);
    }

    /** The text of the highlighted pieces carrying the quote key, in order. */
    static List<String> pieces(String html, String key) {
        Matcher m = Pattern.compile("<a class=\"hl[^\"]*\" data-q=\"([^\"]*)\" href=\"[^\"]*\">(.*?)</a>", Pattern.DOTALL)
                .matcher(html);
        List<String> out = new ArrayList<>();
        while (m.find()) {
            if (List.of(m.group(1).split(" ")).contains(key)) {
                out.add(m.group(2));
            }
        }
        return out;
    }

    /** The characters of the HTML with its tags removed and references resolved: what a browser shows. */
    static String text(String html) {
        return unescape(html.replaceAll("<[^>]*>", ""));
    }

    static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&#13;", "\r").replace("&amp;", "&");
    }
}
