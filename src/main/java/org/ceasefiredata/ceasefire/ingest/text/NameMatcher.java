package org.ceasefiredata.ceasefire.ingest.text;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.ahocorasick.trie.Emit;
import org.ahocorasick.trie.Trie;

/**
 * Finds known participant names in a text in one pass, with an Aho-Corasick trie built once from all names.
 * <p>
 * Matching is case-sensitive ("US" the country is not "us"). A match must not be glued to a letter or digit on either
 * side; any other neighbour is fine, so "U.S." matches in "U.S.-backed", "al-Nusra Front" in "al-Nusra Front's" and "UN"
 * in "UN-designated", but "UN" does not match in "UNSC" nor "U.S." in "U.S.S.R.". The trie's own {@code onlyWholeWords}
 * is not used because it only looks at letters (so "G-2" would match in "G-20"), and its {@code ignoreOverlaps} is not
 * used because the word check must come first: a longer name glued to a word must not hide a shorter one that stands
 * alone. Overlapping matches are resolved longest first, then leftmost: "Jabhat al-Nusra" beats "Nusra", "UN Security
 * Council" beats "UN".
 * <p>
 * Names given with curly apostrophes or quotes also match their straight form, the form {@link TextCleaner} produces.
 * A matcher is immutable and safe to share between threads.
 */
public final class NameMatcher {

    private final Trie trie;
    private final Map<String, String> keyBySurface;

    /**
     * Builds the matcher.
     *
     * @param namesToKeys surface name → participant key; names must not be blank
     * @throws IllegalArgumentException for a blank name, or for two spellings that become the same after quote
     *         straightening but belong to different keys
     */
    public NameMatcher(Map<String, String> namesToKeys) {
        Objects.requireNonNull(namesToKeys, "namesToKeys");
        Map<String, String> keys = new HashMap<>();
        for (Map.Entry<String, String> e : namesToKeys.entrySet()) {
            String name = Objects.requireNonNull(e.getKey(), "name");
            String key = Objects.requireNonNull(e.getValue(), () -> "key of '" + name + "'");
            if (name.isBlank()) {
                throw new IllegalArgumentException("blank name for key '" + key + "'");
            }
            keys.put(name, key);
        }
        for (Map.Entry<String, String> e : namesToKeys.entrySet()) {
            String straight = straightenQuotes(e.getKey());
            String previous = keys.putIfAbsent(straight, e.getValue());
            if (previous != null && !previous.equals(e.getValue())) {
                throw new IllegalArgumentException(
                        "'" + straight + "' names both '" + previous + "' and '" + e.getValue() + "'");
            }
        }
        this.keyBySurface = Map.copyOf(keys);
        this.trie = Trie.builder().addKeywords(keyBySurface.keySet()).build();
    }

    /** The names in {@code text}, in text order, not overlapping. */
    public List<NameHit> find(String text) {
        Objects.requireNonNull(text, "text");
        Collection<Emit> emits = trie.parseText(text);
        List<Emit> candidates = new ArrayList<>(emits.size());
        for (Emit emit : emits) {
            if (standsAlone(text, emit.getStart(), emit.getEnd() + 1)) {
                candidates.add(emit);
            }
        }
        candidates.sort(Comparator.comparingInt(Emit::size).reversed().thenComparingInt(Emit::getStart));
        BitSet taken = new BitSet(text.length());
        List<Emit> chosen = new ArrayList<>();
        for (Emit emit : candidates) {
            int end = emit.getEnd() + 1;
            int clash = taken.nextSetBit(emit.getStart());
            if (clash < 0 || clash >= end) {
                taken.set(emit.getStart(), end);
                chosen.add(emit);
            }
        }
        chosen.sort(Comparator.comparingInt(Emit::getStart));
        CodePoints.Index index = CodePoints.index(text);
        List<NameHit> hits = new ArrayList<>(chosen.size());
        for (Emit emit : chosen) {
            hits.add(new NameHit(index.toCodePoint(emit.getStart()), index.toCodePoint(emit.getEnd() + 1), emit.getKeyword(),
                    keyBySurface.get(emit.getKeyword())));
        }
        return hits;
    }

    /** Neither neighbour of {@code [start, end)} (UTF-16) is a letter or digit. */
    private static boolean standsAlone(String text, int start, int end) {
        boolean gluedBefore = start > 0 && isWordChar(text.codePointBefore(start));
        boolean gluedAfter = end < text.length() && isWordChar(text.codePointAt(end));
        return !gluedBefore && !gluedAfter;
    }

    private static boolean isWordChar(int codePoint) {
        return Character.isLetterOrDigit(codePoint);
    }

    private static String straightenQuotes(String s) {
        return s.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201C', '"').replace('\u201D', '"');
    }
}
