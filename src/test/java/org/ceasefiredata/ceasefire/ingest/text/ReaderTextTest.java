package org.ceasefiredata.ceasefire.ingest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The reader's form of quotes: markdown residue gone, offsets into the cleaned text, set-apart segments named. */
class ReaderTextTest {

    /** The reading of the {@code occurrence}-th (1-based) occurrence of {@code quote} in the seed text. */
    private static ReaderText.Reading read(String seed, String quote, int occurrence) {
        String original = Seeds.read(seed);
        int index = -1;
        for (int i = 0; i < occurrence; i++) {
            index = original.indexOf(quote, index + 1);
        }
        assertTrue(index >= 0, quote);
        int start = original.codePointCount(0, index);
        return ReaderText.of(original).read(start, start + quote.codePointCount(0, quote.length()));
    }

    @Test
    void dropsMarkdownLinkResidueAndPointsIntoTheCleanedText() {
        ReaderText.Reading r = read(Seeds.ISSG_EXPLAINER,
                "The CoH excluded UNSC-designated terrorist groups [ISIS](#) and [Jabhat al-Nusra](#).", 1);

        assertEquals("The CoH excluded UNSC-designated terrorist groups ISIS and Jabhat al-Nusra.", r.text());
        assertNull(r.segmentKind());
        String cleaned = TextCleaner.clean(Seeds.read(Seeds.ISSG_EXPLAINER)).text();
        assertEquals(r.text(), CodePoints.substring(cleaned, r.cleanStart(), r.cleanEnd()));
    }

    @Test
    void separatesRunTogetherSentencesAndStraightensQuotes() {
        assertEquals("Geneva on Friday, U.S. Secretary",
                read(Seeds.GENEVA_AP, "Geneva on Friday, U.S. Secretary", 1).text());
        assertEquals("Lavrov could point to only incremental progress in filling in details of a broad understanding to"
                + " boost joint efforts that was reached last month in Moscow. Their failure",
                read(Seeds.GENEVA_AP, "Lavrov could point to only incremental progress in filling in details of a broad"
                        + " understanding to boost joint efforts that was reached last month in Moscow.Their failure", 1)
                        .text());
        assertEquals("We're not there yet", read(Seeds.HANGZHOU_BLOOMBERG, "We’re not there yet", 1).text());
    }

    @Test
    void readsQuotesOfSetApartSegmentsFromTheSegmentAndNamesItsKind() {
        ReaderText.Reading teaser = read(Seeds.GENEVA_PREVIEW, "Turkey calls for fourth round of Syria talks", 1);
        assertEquals("Turkey calls for fourth round of Syria talks", teaser.text());
        assertEquals("teaser", teaser.segmentKind());
        assertNull(teaser.cleanStart());
        assertNull(teaser.cleanEnd());

        String caption = "US Secretary of State John Kerry and Russian Foreign Minister Sergey Lavrov shaking hands";
        assertEquals("caption", read(Seeds.GENEVA_AP, caption, 1).segmentKind());
        assertEquals("duplicate", read(Seeds.GENEVA_AP, caption, 2).segmentKind());
        assertEquals("photo-credit",
                read(Seeds.ISSG_EXPLAINER, "Photo: Austrian Foreign Ministry, Flickr, 17 May 2016", 1).segmentKind());
    }

    @Test
    void cleansEverySegmentLikeTheBodyAndMapsItBack() {
        for (String seed : Seeds.ALL) {
            String original = Seeds.read(seed);
            for (ReaderText.Segment s : ReaderText.of(original).segments()) {
                CleanedText cleaned = s.cleaned();
                assertFalse(cleaned.text().contains("](#)"), s.toString());
                for (int i = 0; i < cleaned.length(); i++) {
                    int at = cleaned.originalOffset(i);
                    assertTrue(s.segment().start() <= at && at < s.segment().end(), seed + " " + s + " at " + i);
                }
            }
        }
        List<ReaderText.Segment> teasers = ReaderText.of(Seeds.read(Seeds.GENEVA_PREVIEW)).segments().stream()
                .filter(s -> s.segment().kind().equals("teaser")).toList();
        assertEquals(4, teasers.size());
        assertTrue(teasers.get(3).cleaned().text().startsWith("Syrian government says ready for further peace talks\n"),
                teasers.get(3).cleaned().text());
    }
}
