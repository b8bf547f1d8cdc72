package org.ceasefiredata.ceasefire.ingest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.ceasefiredata.ceasefire.kernel.PartialDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every span found in a cleaned text maps back to an original span that cleans to the same words. */
class CleanedSpanRoundTripTest {

    private static final Map<String, String> PUBLISHED = Map.of(Seeds.ISSG_EXPLAINER, "2016-07", Seeds.MUNICH_AP, "2016-02-12",
            Seeds.HANGZHOU_BLOOMBERG, "2016-09-04", Seeds.GENEVA_PREVIEW, "2016-08-25", Seeds.GENEVA_AP, "2016-08-27");

    private static final NameMatcher NAMES = new NameMatcher(NameMatcherTest.PARTICIPANTS);

    static Iterable<String> seeds() {
        return Seeds.ALL;
    }

    private static void assertRoundTrip(String original, CleanedText cleaned, int start, int end, String found) {
        assertEquals(found, cleaned.substring(start, end), "offsets point at the found text");
        String originalSpan = CodePoints.substring(original, cleaned.originalOffset(start), cleaned.originalEnd(end));
        assertEquals(found, TextCleaner.clean(originalSpan).text(), () -> "original span '" + originalSpan + "'");
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void mapsEveryNameHitBackToTheSameWords(String seed) {
        String original = Seeds.read(seed);
        CleanedText cleaned = TextCleaner.clean(original);

        var hits = NAMES.find(cleaned.text());

        assertTrue(hits.size() >= 5, seed + " has names");
        for (NameHit hit : hits) {
            assertRoundTrip(original, cleaned, hit.start(), hit.end(), hit.name());
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void mapsEveryDateMentionBackToTheSameWords(String seed) {
        String original = Seeds.read(seed);
        CleanedText cleaned = TextCleaner.clean(original);

        var mentions = DateExpressionExtractor.extract(cleaned.text(), PartialDate.parse(PUBLISHED.get(seed)));

        assertTrue(mentions.size() >= 3, seed + " has dates");
        for (DateMention mention : mentions) {
            assertRoundTrip(original, cleaned, mention.start(), mention.end(), mention.text());
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void mapsEverySentenceBackToTheSameWords(String seed) {
        String original = Seeds.read(seed);
        CleanedText cleaned = TextCleaner.clean(original);
        String text = cleaned.text();

        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            boolean boundary = i == text.length() || text.charAt(i) == '\n' || text.startsWith(". ", i);
            if (boundary) {
                int end = i < text.length() && text.charAt(i) == '.' ? i + 1 : i;
                if (end > start) {
                    int cpStart = text.codePointCount(0, start);
                    int cpEnd = text.codePointCount(0, end);
                    assertRoundTrip(original, cleaned, cpStart, cpEnd, cleaned.substring(cpStart, cpEnd));
                }
                start = i + (i < text.length() && text.charAt(i) == '.' ? 2 : 1);
            }
        }
    }
}
