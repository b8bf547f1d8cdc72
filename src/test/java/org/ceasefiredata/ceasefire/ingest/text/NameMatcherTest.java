package org.ceasefiredata.ceasefire.ingest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

class NameMatcherTest {

    /** Surface names of the seed texts' participants. */
    static final Map<String, String> PARTICIPANTS = Map.ofEntries(Map.entry("U.S.", "usa"), Map.entry("US", "usa"),
            Map.entry("United States", "usa"), Map.entry("Russia", "russia"), Map.entry("UN", "un"), Map.entry("U.N.", "un"),
            Map.entry("UN Security Council", "unsc"), Map.entry("UNSC", "unsc"), Map.entry("ISSG", "issg"),
            Map.entry("International Syria Support Group", "issg"), Map.entry("John Kerry", "kerry"),
            Map.entry("Kerry", "kerry"),
            Map.entry("Sergey Lavrov", "lavrov"), Map.entry("Sergei Lavrov", "lavrov"), Map.entry("Lavrov", "lavrov"),
            Map.entry("Staffan de Mistura", "de-mistura"), Map.entry("de Mistura", "de-mistura"),
            Map.entry("De Mistura", "de-mistura"), Map.entry("Bashar al-Assad", "assad"), Map.entry("Bashar Assad", "assad"),
            Map.entry("Assad", "assad"), Map.entry("Jabhat al-Nusra", "nusra"), Map.entry("al-Nusra Front", "nusra"),
            Map.entry("Nusra Front", "nusra"), Map.entry("Nusra", "nusra"), Map.entry("Jabhat Fatah Al-Sham", "nusra"),
            Map.entry("ISIS", "isis"), Map.entry("Islamic State", "isis"), Map.entry("Barack Obama", "obama"),
            Map.entry("Obama", "obama"), Map.entry("Vladimir Putin", "putin"), Map.entry("Putin", "putin"),
            Map.entry("Syrian government", "syria-government"), Map.entry("Turkey", "turkey"), Map.entry("Iran", "iran"));

    private static final NameMatcher MATCHER = new NameMatcher(PARTICIPANTS);

    private static List<String> names(String text) {
        return MATCHER.find(text).stream().map(NameHit::name).toList();
    }

    @Test
    void matchesADottedAbbreviationBeforeAHyphen() {
        List<NameHit> hits = MATCHER.find("fighters from U.S.-backed groups");

        assertEquals(List.of(new NameHit(14, 18, "U.S.", "usa")), hits);
    }

    @Test
    void matchesNamesFollowedByAPossessive() {
        assertEquals(List.of("al-Nusra Front", "Assad"), names("the al-Nusra Front's ties and Assad\u2019s army"));
        assertEquals(List.of("UN"), names("the UN's envoy"));
    }

    @Test
    void prefersTheLongestOfOverlappingNames() {
        assertEquals(List.of("ISIS", "Jabhat al-Nusra"), names("groups ISIS-free but Jabhat al-Nusra remained"));
        assertEquals(List.of("UN Security Council", "UNSC"), names("The UN Security Council (UNSC) endorsed"));
        assertEquals(List.of("Staffan de Mistura"), names("envoy Staffan de Mistura said"));
    }

    @Test
    void matchesCaseSensitively() {
        assertEquals(List.of("US"), names("Let us see what the US does."));
        assertTrue(names("russia and isis").isEmpty());
    }

    @Test
    void doesNotMatchInsideLongerWordsOrNumbers() {
        NameMatcher matcher = new NameMatcher(Map.of("UN", "un", "U.S.", "usa", "G-2", "g2", "Iran", "iran"));

        assertTrue(matcher.find("UNSC met the U.S.S.R. and the G-20 in Iranian waters").isEmpty());
        assertEquals(List.of("UN", "G-2"),
                matcher.find("UN-designated groups, G-2 talks").stream().map(NameHit::name).toList());
    }

    @Test
    void findsTheParticipantsOfACleanedSeedText() {
        String text = TextCleaner.clean(Seeds.read(Seeds.GENEVA_AP)).text();

        List<NameHit> hits = MATCHER.find(text);

        assertTrue(hits.stream().anyMatch(h -> h.name().equals("John Kerry") && h.key().equals("kerry")));
        assertTrue(hits.stream().anyMatch(h -> h.name().equals("Sergey Lavrov")));
        assertTrue(hits.stream().anyMatch(h -> h.name().equals("al-Nusra Front") && h.key().equals("nusra")));
        assertTrue(hits.stream().anyMatch(h -> h.name().equals("U.S.") && text.startsWith("U.S.-backed", h.start())));
        assertTrue(hits.stream().anyMatch(h -> h.name().equals("Staffan de Mistura")));
        hits.forEach(h -> assertEquals(h.name(), CodePoints.substring(text, h.start(), h.end())));
    }

    @Test
    void countsOffsetsInCodePointsAfterNonBmpCharacters() {
        String text = "\uD83D\uDE00 Kerry and \uD83C\uDDF8\uD83C\uDDFE Lavrov\uD83D\uDE00";

        List<NameHit> hits = MATCHER.find(text);

        assertEquals(List.of(new NameHit(2, 7, "Kerry", "kerry"), new NameHit(15, 21, "Lavrov", "lavrov")), hits);
    }

    @Test
    void matchesCurlyApostropheNamesInStraightenedText() {
        NameMatcher matcher = new NameMatcher(Map.of("Ahrar al\u2019Sham", "ahrar"));

        assertEquals(List.of(new NameHit(4, 17, "Ahrar al'Sham", "ahrar")), matcher.find("and Ahrar al'Sham"));
        assertEquals("Ahrar al\u2019Sham", matcher.find("and Ahrar al\u2019Sham").get(0).name());
    }

    @Test
    void rejectsBlankNamesAndConflictingSpellings() {
        assertThrows(IllegalArgumentException.class, () -> new NameMatcher(Map.of(" ", "x")));
        assertThrows(IllegalArgumentException.class,
                () -> new NameMatcher(Map.of("Ahrar al\u2019Sham", "a", "Ahrar al'Sham", "b")));
    }

    @Test
    void handlesAThousandNamesInAThousandTextsQuickly() {
        Random random = new Random(42);
        Map<String, String> names = new HashMap<>();
        while (names.size() < 1000) {
            names.put(word(random) + " " + word(random), "p" + names.size());
        }
        List<String> surfaces = List.copyOf(names.keySet());
        StringBuilder text = new StringBuilder();
        while (text.length() < 4096) {
            text.append(random.nextInt(10) == 0 ? surfaces.get(random.nextInt(surfaces.size())) : word(random)).append(' ');
        }
        String sample = text.toString();

        int hits = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            NameMatcher matcher = new NameMatcher(names);
            int total = 0;
            for (int i = 0; i < 1000; i++) {
                total += matcher.find(sample).size();
            }
            return total;
        });

        assertTrue(hits >= 1000 * 30, "found " + hits);
    }

    private static String word(Random random) {
        char[] letters = new char[3 + random.nextInt(6)];
        for (int i = 0; i < letters.length; i++) {
            letters[i] = (char) ('a' + random.nextInt(26));
        }
        letters[0] = Character.toUpperCase(letters[0]);
        return new String(letters);
    }
}
