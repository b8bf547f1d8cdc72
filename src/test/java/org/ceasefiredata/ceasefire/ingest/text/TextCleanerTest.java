package org.ceasefiredata.ceasefire.ingest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class TextCleanerTest {

    private static List<SetApart> ofKind(CleanedText cleaned, String kind) {
        return cleaned.setApart().stream().filter(s -> s.kind().equals(kind)).toList();
    }

    private static int cpIndexOf(String text, String part) {
        int i = text.indexOf(part);
        assertTrue(i >= 0, () -> "'" + part + "' not in text");
        return text.codePointCount(0, i);
    }

    @Test
    void reducesMarkdownLinksToTheirWords() {
        CleanedText cleaned = TextCleaner.clean(Seeds.read(Seeds.ISSG_EXPLAINER));

        assertTrue(cleaned.text().contains("during the 'Vienna Talks' in the fall of 2015"), cleaned.text());
        assertTrue(cleaned.text().contains("in line with the 2012 Geneva Communiqué. They"));
        assertTrue(cleaned.text().contains("groups ISIS and Jabhat al-Nusra."));
        for (String seed : Seeds.ALL) {
            String text = TextCleaner.clean(Seeds.read(seed)).text();
            assertFalse(text.contains("](") || text.contains("["), seed);
        }
    }

    @Test
    void mapsLinkWordsBackToTheWordsInsideTheBrackets() {
        String original = Seeds.read(Seeds.ISSG_EXPLAINER);
        CleanedText cleaned = TextCleaner.clean(original);
        int start = cpIndexOf(cleaned.text(), "fall of 2015");
        int end = start + "fall of 2015".length();

        int originalStart = cleaned.originalOffset(start);
        int originalEnd = cleaned.originalEnd(end);

        assertEquals("fall of 2015", CodePoints.substring(original, originalStart, originalEnd));
        assertEquals('[', original.charAt(original.offsetByCodePoints(0, originalStart - 1)));
    }

    @Test
    void setsApartThePhotoCreditLine() {
        String original = Seeds.read(Seeds.ISSG_EXPLAINER);
        CleanedText cleaned = TextCleaner.clean(original);

        List<SetApart> credits = ofKind(cleaned, SetApart.PHOTO_CREDIT);

        assertEquals(1, credits.size());
        assertEquals("Photo: Austrian Foreign Ministry, Flickr, 17 May 2016", credits.get(0).text());
        assertEquals(cpIndexOf(original, "Photo:"), credits.get(0).start());
        assertTrue(cleaned.text().startsWith("The International Syria Support Group (ISSG) is"));
        assertFalse(cleaned.text().contains("Flickr"));
    }

    @Test
    void setsApartOutletBoilerplateFromItsOpenerToTheEnd() {
        String original = Seeds.read(Seeds.MUNICH_AP);
        CleanedText cleaned = TextCleaner.clean(original);

        List<SetApart> boilerplate = ofKind(cleaned, SetApart.BOILERPLATE);

        assertEquals(1, boilerplate.size());
        SetApart footer = boilerplate.get(0);
        assertTrue(footer.text().startsWith("Connect with the Southeast Missourian Newsroom:\nFor corrections to this story"));
        assertTrue(footer.text().endsWith("AI Policy, click here."));
        assertEquals(CodePoints.length(original.strip()), footer.end());
        assertTrue(cleaned.text().endsWith("the al-Qaida-affiliated al-Nusra Front -- are ineligible."));
    }

    @Test
    void setsApartACopyrightFooterButNotASentenceAboutCopyright() {
        CleanedText cleaned = TextCleaner.clean("Copyright Office staff met Kerry.\nCopyright 2016 The Associated Press.\n"
                + "All rights reserved.");

        assertEquals("Copyright Office staff met Kerry.", cleaned.text());
        assertEquals(List.of(new SetApart(SetApart.BOILERPLATE, 34, 91,
                "Copyright 2016 The Associated Press.\nAll rights reserved.")), cleaned.setApart());
    }

    @Test
    void keepsALoneDashWithoutBodyTextBeforeItOutOfTheTeaserRule() {
        CleanedText cleaned = TextCleaner.clean("-\nKerry met Lavrov.");

        assertEquals("Kerry met Lavrov.", cleaned.text());
        assertEquals(List.of(new SetApart(SetApart.LAYOUT, 0, 1, "-")), cleaned.setApart());
    }

    @Test
    void cleansAnEmptyTextToAnEmptyText() {
        CleanedText cleaned = TextCleaner.clean("");

        assertEquals("", cleaned.text());
        assertEquals(0, cleaned.originalEnd(0));
        assertTrue(cleaned.setApart().isEmpty());
    }

    @Test
    void setsApartEachRelatedArticleTeaserAfterALoneDash() {
        CleanedText cleaned = TextCleaner.clean(Seeds.read(Seeds.GENEVA_PREVIEW));

        List<SetApart> teasers = ofKind(cleaned, SetApart.TEASER);

        assertEquals(4, teasers.size());
        assertTrue(
                teasers.get(0).text().startsWith("Turkey calls for fourth round of Syria talks\nThe latest civilian deaths"));
        assertTrue(teasers.get(0).text().endsWith("that began on July 17 Middle East -"));
        assertTrue(teasers.get(1).text().endsWith("aid flows can resume Features -"));
        assertTrue(teasers.get(3).text().startsWith("Syrian government says ready for further peace talks\n"));
        assertTrue(teasers.get(3).text().endsWith("without foreign interference Middle East"));
        assertEquals(List.of("-"), ofKind(cleaned, SetApart.LAYOUT).stream().map(SetApart::text).toList());
        assertTrue(
                cleaned.text().endsWith("Washington hopes that it will help launch talks on a political transition in Syria."));
    }

    @Test
    void setsApartARepeatedCaptionAndLayoutLines() {
        CleanedText cleaned = TextCleaner.clean(Seeds.read(Seeds.GENEVA_AP));
        String caption = "US Secretary of State John Kerry and Russian Foreign Minister Sergey Lavrov shaking hands after "
                + "press conference in Geneva.";

        assertEquals(List.of(caption), ofKind(cleaned, SetApart.CAPTION).stream().map(SetApart::text).toList());
        assertEquals(List.of(caption), ofKind(cleaned, SetApart.DUPLICATE).stream().map(SetApart::text).toList());
        assertEquals(List.of("block", "block"), ofKind(cleaned, SetApart.LAYOUT).stream().map(SetApart::text).toList());
        assertTrue(cleaned.text()
                .startsWith("Despite progress, US-Russia fall short on truce for Syria\n\nAP, Geneva: The United"));
        assertFalse(cleaned.text().contains("shaking hands"));
        assertFalse(cleaned.text().contains("block"));
    }

    @Test
    void keepsTheFirstOfTwoDistantEqualParagraphsAndSetsApartTheRepeat() {
        CleanedText cleaned = TextCleaner
                .clean("The talks resumed in Geneva.\n\nLavrov spoke.\n\nThe talks resumed in Geneva.");

        assertEquals("The talks resumed in Geneva.\n\nLavrov spoke.", cleaned.text());
        assertEquals(List.of(new SetApart(SetApart.DUPLICATE, 45, 73, "The talks resumed in Geneva.")), cleaned.setApart());
    }

    @Test
    void recordsEverySetApartSegmentAtItsOriginalOffsets() {
        for (String seed : Seeds.ALL) {
            String original = Seeds.read(seed);
            for (SetApart segment : TextCleaner.clean(original).setApart()) {
                assertEquals(segment.text(), CodePoints.substring(original, segment.start(), segment.end()), seed);
            }
        }
    }

    @Test
    void separatesRunTogetherSentences() {
        String text = TextCleaner.clean(Seeds.read(Seeds.GENEVA_AP)).text();

        assertTrue(text.contains("killed hundreds of thousands. After meeting off-and-on"));
        assertTrue(text.contains("reached last month in Moscow. Their failure"));
        assertTrue(text.contains("Washington and Moscow. The complexities"));
        assertTrue(text.contains("in the coming days, he said. \"We are close,\" Kerry said. \"But we are not going"));
        assertTrue(text.contains("the needs of the Syrian people.\" Lavrov echoed that, saying \"we still need to finalize"));
        assertTrue(text.contains("parts of northwest Syria. \"We have continued our efforts"));
        assertTrue(text.contains("growing with every meeting.\" Yet, it was clear"));
        assertTrue(text.contains("resurgence in the fighting. Friday's meeting came"));
    }

    @Test
    void keepsAbbreviationsAndDecimalsTogether() {
        String text = TextCleaner.clean("The U.S.-backed fighters and U.N.-set dates. Prices rose 2.5 percent by 9 a.m.Monday.")
                .text();

        assertEquals("The U.S.-backed fighters and U.N.-set dates. Prices rose 2.5 percent by 9 a.m.Monday.", text);
        assertTrue(TextCleaner.clean(Seeds.read(Seeds.GENEVA_AP)).text().contains("from U.S.-backed fighters"));
        assertTrue(TextCleaner.clean(Seeds.read(Seeds.MUNICH_AP)).text().contains("the U.N.-set target date of Feb. 25. The"));
    }

    @Test
    void movesTheColonOfADatelineToTheWordBeforeIt() {
        assertTrue(TextCleaner.clean(Seeds.read(Seeds.GENEVA_AP)).text().contains("AP, Geneva: The United States and Russia"));
    }

    @Test
    void straightensCurlyAndMisdirectedQuotes() {
        for (String seed : Seeds.ALL) {
            String text = TextCleaner.clean(Seeds.read(seed)).text();
            assertTrue(text.chars().noneMatch(c -> "\u2018\u2019\u201C\u201D".indexOf(c) >= 0), seed);
        }
        String bloomberg = TextCleaner.clean(Seeds.read(Seeds.HANGZHOU_BLOOMBERG)).text();
        assertTrue(bloomberg.contains("\"We're not there yet,\" President Barack Obama said Sunday"));
        assertTrue(bloomberg.contains("halt President Bashar al-Assad's attacks"));
        assertTrue(TextCleaner.clean(Seeds.read(Seeds.GENEVA_AP)).text().contains("agreed on the \"vast majority\" of"));
    }

    @Test
    void keepsEnAndEmDashes() {
        assertTrue(
                TextCleaner.clean(Seeds.read(Seeds.GENEVA_AP)).text().contains("on the ground in Syria \u2013 including new"));
        assertEquals("Talks \u2014 again", TextCleaner.clean("Talks \u2014 again").text());
    }

    @Test
    void collapsesBlankLineRunsAndTrimsTheText() {
        for (String seed : Seeds.ALL) {
            String text = TextCleaner.clean(Seeds.read(seed)).text();
            assertFalse(text.contains("\n\n\n"), seed);
            assertEquals(text.strip(), text, seed);
        }
        assertEquals("One.\n\nTwo.", TextCleaner.clean("\n\n  One.  \n\n\n\n Two.\n\n").text());
    }

    @Test
    void mapsAnInsertedSpaceToTheCharacterItPrecedes() {
        String original = Seeds.read(Seeds.GENEVA_AP);
        CleanedText cleaned = TextCleaner.clean(original);
        int space = cpIndexOf(cleaned.text(), "thousands. After") + "thousands.".length();

        assertEquals(cpIndexOf(original, "thousands.After") + "thousands.".length(), cleaned.originalOffset(space));
        assertEquals(cleaned.originalOffset(space), cleaned.originalOffset(space + 1));
        assertEquals(cleaned.originalOffset(space), cleaned.originalEnd(space + 1), "an inserted space covers nothing");
    }

    @Test
    void mapsEveryCleanedCodePointForwardOnly() {
        for (String seed : Seeds.ALL) {
            String original = Seeds.read(seed);
            CleanedText cleaned = TextCleaner.clean(original);
            int[] map = cleaned.toOriginal();
            assertEquals(CodePoints.length(cleaned.text()) + 1, map.length, seed);
            assertEquals(CodePoints.length(original), map[map.length - 1], seed);
            for (int i = 1; i < map.length; i++) {
                assertTrue(map[i - 1] <= map[i], seed + " at " + i);
            }
        }
    }

    @Test
    void countsOffsetsInCodePointsAroundNonBmpCharacters() {
        String original = "\uD83D\uDE00 [Kerry](#) met Lavrov.Then \uD83C\uDDF8\uD83C\uDDFE Friday";
        CleanedText cleaned = TextCleaner.clean(original);

        assertEquals("\uD83D\uDE00 Kerry met Lavrov. Then \uD83C\uDDF8\uD83C\uDDFE Friday", cleaned.text());
        assertEquals(34, cleaned.length());
        assertEquals(0, cleaned.originalOffset(0));
        assertEquals(3, cleaned.originalOffset(2), "'K' follows the emoji, a space and '['");
        assertEquals("Kerry", CodePoints.substring(original, cleaned.originalOffset(2), cleaned.originalEnd(7)));
        int friday = cpIndexOf(cleaned.text(), "Friday");
        assertEquals("Friday", CodePoints.substring(original, cleaned.originalOffset(friday), cleaned.originalEnd(friday + 6)));
        assertEquals(CodePoints.length(original), cleaned.originalEnd(cleaned.length()));
    }

    @Test
    void protectsTheOffsetMapFromOutsideChanges() {
        CleanedText cleaned = TextCleaner.clean("Kerry met Lavrov.");
        cleaned.toOriginal()[0] = 99;

        assertEquals(0, cleaned.originalOffset(0));
        assertThrows(IndexOutOfBoundsException.class, () -> cleaned.originalOffset(cleaned.length() + 1));
        assertThrows(IllegalArgumentException.class, () -> new CleanedText("ab", new int[]{0, 1}, List.of()));
    }
}
