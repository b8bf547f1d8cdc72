package org.ceasefiredata.ceasefire.explorer;

import io.quarkus.qute.TemplateExtension;

/**
 * Short forms of the record's curated prose: a deadline's description or a commitment's summary can run to several
 * sentences (with the curators' notes on what is inferred); a heading, a calendar summary or a reference's title takes
 * its first sentence.
 */
@TemplateExtension
public final class Headlines {

    static final int MAX = 120;

    private Headlines() {
    }

    /** The first sentence of the text, at most {@link #MAX} characters ({@code {text.headline}} in templates). */
    public static String headline(String text) {
        if (text == null) {
            return null;
        }
        int stop = text.indexOf(". ");
        String first = stop > 0 ? text.substring(0, stop + 1) : text;
        return first.length() <= MAX ? first : first.substring(0, MAX - 1).trim() + "…";
    }

    /** True when the text says more than its headline. */
    public static boolean longerThanHeadline(String text) {
        return text != null && !text.equals(headline(text));
    }
}
