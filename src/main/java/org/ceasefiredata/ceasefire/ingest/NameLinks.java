package org.ceasefiredata.ceasefire.ingest;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ceasefiredata.ceasefire.ingest.text.NameHit;
import org.ceasefiredata.ceasefire.ingest.text.NameMatcher;
import org.ceasefiredata.ceasefire.kernel.Wire;
import org.ceasefiredata.ceasefire.participant.NameKind;

/**
 * The policy for linking participant names found in a text to participants. Names proper are linked wherever they
 * occur, with confidence 1; a metonym ("Moscow" for Russia) is linked with confidence 0.6 unless the word before it makes
 * it a place ("in Moscow", "a visit to Moscow", "northwest Syria"); a reference ("the task force") is linked with
 * confidence 0.8, only in the documents its citations come from; a name marked {@code none} ("Syria", which the texts
 * nearly always use for the country as a place) serves lookups only. Immutable.
 */
final class NameLinks {

    /** Where occurrences of a name are linked, as the seeds spell it in {@code linking}. */
    enum Linking {
        ALL(1.0), NOT_AS_PLACE(0.6), CITED_DOCUMENTS(0.8), NONE(0);

        final double confidence;

        Linking(double confidence) {
            this.confidence = confidence;
        }
    }

    /** A name and what a match of it links to. */
    record Name(String participant, NameKind kind, Linking linking, Set<String> documents) {
    }

    /** A hit to store as a participant mention. */
    record Link(NameHit hit, String participant, NameKind kind, double confidence) {
    }

    /** Words after which a place name denotes the place, not the actor it can stand for. */
    private static final Set<String> PLACE_WORDS = Set.of("in", "inside", "into", "at", "to", "from", "across",
            "throughout", "near", "of", "toward", "towards", "via", "within", "around", "outside", "north", "south", "east",
            "west", "northern", "southern", "eastern", "western", "northeast", "northwest", "southeast", "southwest",
            "central");
    private static final Pattern LAST_WORD = Pattern.compile("(\\p{L}+)[\\s,]*$");

    private final Map<String, Name> names;
    private final NameMatcher matcher;

    private NameLinks(Map<String, Name> names) {
        this.names = Map.copyOf(names);
        Map<String, String> linked = new HashMap<>();
        names.forEach((name, n) -> {
            if (n.linking() != Linking.NONE) {
                linked.put(name, name);
            }
        });
        this.matcher = new NameMatcher(linked);
    }

    /** The names of the linked seeds (which the linker has checked to be unambiguous). */
    static NameLinks of(List<Annotations.Participant> participants) {
        Map<String, Name> names = new HashMap<>();
        for (Annotations.Participant p : participants) {
            Linking preferred = p.nameLinking() == null ? Linking.ALL : parse(p.nameLinking());
            names.put(p.name(), new Name(p.slug(), NameKind.PREFERRED, preferred, Set.of()));
            for (Annotations.Alias alias : p.aliases()) {
                Set<String> documents = new HashSet<>();
                alias.citations().forEach(c -> documents.add(c.doc()));
                names.put(alias.name(), new Name(p.slug(), Wire.parse(NameKind.class, alias.kind()), linking(alias),
                        Set.copyOf(documents)));
            }
        }
        return new NameLinks(names);
    }

    /** How occurrences of an alias are linked: as given, else by its kind. */
    static Linking linking(Annotations.Alias alias) {
        if (alias.linking() != null) {
            return parse(alias.linking());
        }
        return switch (alias.kind()) {
            case "metonym" -> Linking.NOT_AS_PLACE;
            case "reference" -> Linking.CITED_DOCUMENTS;
            default -> Linking.ALL;
        };
    }

    private static Linking parse(String linking) {
        return Linking.valueOf(linking.toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    /** The participant mentions of a (cleaned) text of a document, by this policy. */
    List<Link> find(String text, String documentSlug) {
        return matcher.find(text).stream()
                .map(hit -> link(hit, text, documentSlug))
                .filter(Objects::nonNull)
                .toList();
    }

    private Link link(NameHit hit, String text, String documentSlug) {
        Name name = names.get(hit.key());
        boolean linked = switch (name.linking()) {
            case ALL -> true;
            case CITED_DOCUMENTS -> name.documents().contains(documentSlug);
            case NOT_AS_PLACE -> !afterPlaceWord(text, text.offsetByCodePoints(0, hit.start()));
            case NONE -> false;
        };
        return linked ? new Link(hit, name.participant(), name.kind(), name.linking().confidence) : null;
    }

    private static boolean afterPlaceWord(String text, int start) {
        Matcher before = LAST_WORD.matcher(text.substring(Math.max(0, start - 30), start));
        return before.find() && PLACE_WORDS.contains(before.group(1).toLowerCase(Locale.ROOT));
    }
}
