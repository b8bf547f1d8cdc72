package org.ceasefiredata.ceasefire.paging;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The one rule for matching what a person typed against the full-text index ({@code search_entry.tsv}): search,
 * the explorer's typeahead and the participant list's {@code name} filter all use it.
 * <p>
 * The text is read as PostgreSQL's {@code websearch_to_tsquery('english', ...)} reads it (English stemming, "quoted
 * phrases", or, -excluded); every word of two or more characters then also matches the words it begins, with
 * PostgreSQL's own tsquery prefix matching ({@code 'lavr':*}), so "Lavr" finds Lavrov and "Serg" finds Sergey. We use
 * tsquery prefixes rather than {@code pg_trgm}: the GIN index on {@code tsv} already answers them (no second index to
 * build at every load), they keep the web-search syntax and the stemming of whole words, and the participant names
 * (every alias) are already in each record's {@code tsv}, so a prefix of any name finds the record. What they cannot
 * do, trigrams could: match inside a word or through a typo. One-character words stay whole words: a prefix of one
 * letter would match most of the index.
 */
@ApplicationScoped
public class Words {

    /** A lexeme as tsquery text prints it: quoted, quotes inside doubled. */
    private static final Pattern LEXEME = Pattern.compile("'((?:[^']|'')*)'");

    @Inject
    Sql sql;
    @Inject
    Lists lists;

    /**
     * What a text matches, as tsquery texts to bind with {@code cast(:x as tsquery)}: {@code exact} the words as
     * written (stemmed), {@code prefix} also the words they begin (which includes every exact match). Both are empty when
     * the text has no searchable words (only very common words such as "the").
     */
    public record Terms(String exact, String prefix, String exactInNames, String prefixInNames) {

        public boolean isEmpty() {
            return exact.isEmpty();
        }
    }

    /**
     * The terms of a text (its parse kept per dataset version). {@code exactInNames} and {@code prefixInNames} are
     * {@code exact} and {@code prefix} restricted to the index's names: a record's title and its participants' names
     * (weights A and B).
     */
    public Terms of(String text) {
        String exact = lists.memo("tsquery|" + text, () -> sql.first(
                "select websearch_to_tsquery('english', :q)::text as q", new Params().bind("q", text), r -> r.text("q"))
                .orElse(""));
        return new Terms(exact, lexemes(exact, ":*", ""), lexemes(exact, ":AB", ":AB"), lexemes(exact, ":*AB", ":AB"));
    }

    /** The tsquery text with a suffix after each lexeme: {@code word} after those of two or more characters. */
    private static String lexemes(String tsquery, String word, String letter) {
        Matcher m = LEXEME.matcher(tsquery);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String lexeme = m.group(1).replace("''", "'");
            String suffix = lexeme.codePointCount(0, lexeme.length()) >= 2 ? word : letter;
            m.appendReplacement(out, Matcher.quoteReplacement(m.group() + suffix));
        }
        m.appendTail(out);
        return out.toString();
    }
}
