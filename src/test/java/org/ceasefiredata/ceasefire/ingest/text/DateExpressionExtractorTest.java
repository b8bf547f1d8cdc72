package org.ceasefiredata.ceasefire.ingest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.ceasefiredata.ceasefire.ingest.text.DateMention.Kind;
import org.ceasefiredata.ceasefire.kernel.DatePrecision;
import org.ceasefiredata.ceasefire.kernel.PartialDate;
import org.junit.jupiter.api.Test;

class DateExpressionExtractorTest {

    private static List<DateMention> extract(String text, String published) {
        return DateExpressionExtractor.extract(text, published == null ? null : PartialDate.parse(published));
    }

    private static List<DateMention> extractFromSeed(String seed, String published) {
        return extract(TextCleaner.clean(Seeds.read(seed)).text(), published);
    }

    /** The only mention with this text. */
    private static DateMention mention(List<DateMention> mentions, String text) {
        List<DateMention> found = mentions.stream().filter(m -> m.text().equals(text)).toList();
        assertEquals(1, found.size(), () -> "mentions '" + text + "' in " + mentions);
        return found.get(0);
    }

    private static void assertWindow(String earliest, String latest, DateMention m) {
        assertNotNull(m.resolved(), () -> m + " is unresolved");
        assertEquals(LocalDate.parse(earliest), m.resolved().earliest(), m::toString);
        assertEquals(LocalDate.parse(latest), m.resolved().latest(), m::toString);
    }

    private static void assertDay(String day, DateMention m) {
        assertWindow(day, day, m);
        assertEquals(DatePrecision.DAY, m.resolved().precision());
    }

    @Test
    void findsTheFallOf2015AsAnAbsoluteSeason() {
        DateMention fall = mention(extractFromSeed(Seeds.ISSG_EXPLAINER, null), "fall of 2015");

        assertEquals(Kind.ABSOLUTE, fall.kind());
        assertWindow("2015-09-01", "2015-11-30", fall);
        assertEquals("2015-fall", fall.resolved().value());
        assertEquals(DatePrecision.SEASON, fall.resolved().precision());
    }

    /**
     * Issue #13: "within six months" and "within 18 months" were counted from the publication date although their
     * sentence counts them from "a timeline beginning in January 2016"; the curated deadlines (anchor 2016-01, P6M and
     * P18M, due 2016-07 and 2017-07) end where these spans end.
     */
    @Test
    void countsTheTimelineFromTheAnchorItsSentenceGives() {
        List<DateMention> mentions = extractFromSeed(Seeds.ISSG_EXPLAINER, "2016-05-17/2016-07-31");

        DateMention transition = mention(mentions, "within six months");
        assertEquals(Kind.RELATIVE, transition.kind());
        assertWindow("2016-01-01", "2016-07-31", transition);
        assertTrue(transition.basis().contains("'January 2016'") && transition.basis().contains("'beginning in'")
                && transition.basis().contains("+ P6M"), transition.basis());
        assertWindow("2016-01-01", "2017-07-31", mention(mentions, "within 18 months"));
    }

    /** Issue #13: the year of "August 1" against a publication window was guessed as 2015-08-01/2016-08-01. */
    @Test
    void takesTheYearConsistentWithAPublicationWindow() {
        List<DateMention> mentions = extractFromSeed(Seeds.ISSG_EXPLAINER, "2016-05-17/2016-07-31");

        DateMention august1 = mention(mentions, "August 1");
        assertDay("2016-08-01", august1);
        assertTrue(august1.basis().contains("2015-08-01 would be 290"), august1.basis());
        assertDay("2016-02-11", mention(mentions, "February 11"));
        mentions.stream().filter(m -> m.text().equals("April")).forEach(april -> assertEquals("2016-04",
                april.resolved().value()));
        assertDay("2016-08-01", mention(extractFromSeed(Seeds.GENEVA_AP, "2016-08-26/2016-08-28"), "Aug. 1"));
    }

    @Test
    void reportsAYearAsAmbiguousRatherThanSpanningTwoYears() {
        DateMention december = mention(extract("Talks are to resume in December.", "2016-03/2016-10"), "December");

        assertNull(december.resolved());
        assertTrue(december.basis().contains("ambiguous") && december.basis().contains("2015-12")
                && december.basis().contains("2016-12"), december.basis());
        assertEquals("2016-12",
                mention(extract("Talks are to resume in December.", "2016-09/2016-10"), "December").resolved().value());
    }

    @Test
    void anchorsOnlyOnADateOfTheSameSentenceIntroducedAsAStart() {
        assertWindow("2016-03-01", "2016-03-15", mention(
                extract("The truce, starting on March 1, 2016, must be extended within two weeks.", "2016-02-12"),
                "within two weeks"));
        assertWindow("2016-02-12", "2016-08-12", mention(
                extract("A timeline beginning in January 2016 was set. A deal is due within six months.", "2016-02-12"),
                "within six months"));
        assertWindow("2016-02-12", "2016-08-12", mention(
                extract("Talks that began in January 2016 must end within six months.", "2016-02-12"),
                "within six months"));
        assertWindow("2016-03-01", "2016-03-22", mention(
                extract("From March 1, 2016 the sides have three more weeks.", "2016-02-12"), "three more weeks"));
    }

    @Test
    void leavesRelativeExpressionsOfAnUndatedReportUnresolved() {
        List<DateMention> mentions = DateExpressionExtractor.extractUndated(
                "The envoy wants talks within a month, after a siege that began on July 17.",
                PartialDate.parse("2016-08-24/2016-08-26"));

        DateMention withinAMonth = mention(mentions, "within a month");
        assertNull(withinAMonth.resolved());
        assertTrue(withinAMonth.basis().contains("undated related report"), withinAMonth.basis());
        assertDay("2016-07-17", mention(mentions, "July 17"));
    }

    @Test
    void findsTheDatesOfTheIssgExplainer() {
        List<DateMention> mentions = extractFromSeed(Seeds.ISSG_EXPLAINER, "2016-07-20");

        assertEquals(List.of("fall of 2015", "2012", "January 2016", "within six months", "within 18 months", "December 2015",
                "January 2016", "February 11", "February 27, 2016", "March", "March", "April", "April", "Today", "August 1"),
                mentions.stream().map(DateMention::text).toList());
        assertDay("2016-02-27", mention(mentions, "February 27, 2016"));
        assertDay("2016-02-11", mention(mentions, "February 11"));
        assertDay("2016-08-01", mention(mentions, "August 1"));
        assertEquals("2012", mention(mentions, "2012").resolved().value());
        assertEquals("2015-12", mention(mentions, "December 2015").resolved().value());
    }

    @Test
    void resolvesTheMunichArticleAgainstFebruary12() {
        List<DateMention> mentions = extractFromSeed(Seeds.MUNICH_AP, "2016-02-12");

        DateMention earlyFriday = mention(mentions, "early Friday");
        assertEquals(Kind.RELATIVE, earlyFriday.kind());
        assertDay("2016-02-12", earlyFriday);
        assertEquals("weekday on or before publication 2016-02-12", earlyFriday.basis());
        assertDay("2016-02-25", mention(mentions, "Feb. 25"));
        mentions.stream().filter(m -> m.text().equals("March 1")).forEach(m -> assertDay("2016-03-01", m));
        DateMention lastMonth = mention(mentions, "last month");
        assertWindow("2016-01-01", "2016-01-31", lastMonth);
        assertEquals("2016-01", lastMonth.resolved().value());
        assertWindow("2016-02-13", "2016-02-19", mention(mentions, "the coming week"));
        assertWindow("2016-02-08", "2016-02-14", mention(mentions, "this week"));
        assertDay("2016-02-12", mention(mentions, "today"));
        assertWindow("2016-02-12", "2016-03-04", mention(mentions, "three more weeks"));
        assertWindow("2015-02-12", "2015-12-12", mention(mentions, "months ago"));
    }

    @Test
    void resolvesTheGenevaArticleAgainstAugust27() {
        List<DateMention> mentions = extractFromSeed(Seeds.GENEVA_AP, "2016-08-27");

        List<DateMention> fridays = mentions.stream().filter(m -> m.text().equals("Friday")).toList();
        assertEquals(3, fridays.size());
        fridays.forEach(friday -> assertDay("2016-08-26", friday));
        assertDay("2016-08-01", mention(mentions, "Aug. 1"));
        assertEquals("2016-08-late", mention(mentions, "late August").resolved().value());
        assertEquals("2016-04-late", mention(mentions, "late April").resolved().value());
        assertWindow("2016-08-28", "2016-09-03", mention(mentions, "the coming days"));
        assertWindow("2016-01-01", "2016-08-27", mention(mentions, "earlier this year"));
        assertEquals("2016-07", mention(mentions, "last month").resolved().value());
    }

    @Test
    void placesAnUpcomingWeekdayAfterPublicationWhenTheSentenceSpeaksOfTheFuture() {
        DateMention friday = mention(extractFromSeed(Seeds.GENEVA_PREVIEW, "2016-08-25"), "Friday");

        assertDay("2016-08-26", friday);
        assertTrue(friday.basis().contains("future cue 'will'"), friday.basis());
    }

    @Test
    void resolvesAWeekdayThatIsThePublicationDayToThatDay() {
        List<DateMention> mentions = extractFromSeed(Seeds.HANGZHOU_BLOOMBERG, "2016-09-04");

        mentions.stream().filter(m -> m.text().equals("Sunday")).forEach(sunday -> assertDay("2016-09-04", sunday));
        assertDay("2016-09-01", mention(mentions, "Thursday"));
        assertWindow("2016-08-25", "2016-08-31", mention(mentions, "a week ago"));
    }

    @Test
    void takesTheYearAloneFromANamedEventLikeTheArabSpring() {
        List<DateMention> mentions = extractFromSeed(Seeds.HANGZHOU_BLOOMBERG, "2016-09-04");

        assertEquals("2011", mention(mentions, "2011").resolved().value());
        assertTrue(mentions.stream().noneMatch(m -> m.text().contains("Spring")));
        assertEquals("2016-spring", mention(extract("Talks resume in spring 2016.", null), "spring 2016").resolved().value());
    }

    @Test
    void prefersTheLongestExpression() {
        List<DateMention> mentions = extract("It began on February 27, 2016 and ended 17 May 2016, in January 2016.", null);

        assertEquals(List.of("February 27, 2016", "17 May 2016", "January 2016"),
                mentions.stream().map(DateMention::text).toList());
        assertDay("2016-05-17", mentions.get(1));
        assertEquals("2016-01", mentions.get(2).resolved().value());
    }

    @Test
    void resolvesRelativeExpressionsAgainstBothEndsOfAPublicationWindow() {
        List<DateMention> mentions = extract("Kerry met Lavrov on Friday, after talks last month.", "2016-08-late");

        assertWindow("2016-08-19", "2016-08-26", mention(mentions, "Friday"));
        assertEquals("2016-07", mention(mentions, "last month").resolved().value());
    }

    @Test
    void leavesRelativeExpressionsUnresolvedWithoutAPublicationDate() {
        List<DateMention> mentions = extract("On Friday, talks set for March 1 were moved to March 3, 2016.", null);

        DateMention friday = mention(mentions, "Friday");
        assertEquals(Kind.RELATIVE, friday.kind());
        assertNull(friday.resolved());
        assertTrue(friday.basis().contains("no publication date"), friday.basis());
        assertNull(mention(mentions, "March 1").resolved());
        assertDay("2016-03-03", mention(mentions, "March 3, 2016"));
    }

    @Test
    void putsAMonthWithoutAYearAtMostTwoMonthsAfterPublication() {
        String text = "Talks began in December, resumed in April and failed in May.";

        List<DateMention> february = extract(text, "2016-02-12");
        assertEquals("2015-12", mention(february, "December").resolved().value());
        assertEquals("2016-04", mention(february, "April").resolved().value());
        assertEquals("2015-05", mention(february, "May").resolved().value());
        assertEquals("2016-01", mention(extract("Talks resume in January.", "2015-12-10"), "January").resolved().value());
    }

    @Test
    void readsNumbersAsWordsAndDigits() {
        List<DateMention> mentions = extract(
                "Two weeks ago, 3 days ago, within a month, within twelve days, another two weeks, "
                        + "yesterday, next month, the next three weeks, five months ago.",
                "2016-03-15");

        assertWindow("2016-02-27", "2016-03-04", mention(mentions, "Two weeks ago"));
        assertDay("2016-03-12", mention(mentions, "3 days ago"));
        assertWindow("2016-03-15", "2016-04-15", mention(mentions, "within a month"));
        assertWindow("2016-03-15", "2016-03-27", mention(mentions, "within twelve days"));
        assertWindow("2016-03-15", "2016-03-29", mention(mentions, "another two weeks"));
        assertDay("2016-03-14", mention(mentions, "yesterday"));
        assertEquals("2016-04", mention(mentions, "next month").resolved().value());
        assertWindow("2016-03-16", "2016-04-05", mention(mentions, "the next three weeks"));
        assertEquals("2015-10", mention(mentions, "five months ago").resolved().value());
    }

    @Test
    void resolvesCalendarWeeksFromMondayToSunday() {
        List<DateMention> mentions = extract("This week and last week, but not next week or last Friday or next Sunday.",
                "2016-02-12");

        assertWindow("2016-02-08", "2016-02-14", mention(mentions, "This week"));
        assertWindow("2016-02-01", "2016-02-07", mention(mentions, "last week"));
        assertWindow("2016-02-15", "2016-02-21", mention(mentions, "next week"));
        assertDay("2016-02-05", mention(mentions, "last Friday"));
        assertDay("2016-02-14", mention(mentions, "next Sunday"));
    }

    @Test
    void takesABareYearOnlyAfterAPrepositionOrArticle() {
        assertEquals(List.of("2012"), extract("It builds on the 2012 Geneva Communiqué and Resolution 2254.", null).stream()
                .map(DateMention::text).toList());
        assertEquals(List.of("2014"), extract("Since 2014, 97 groups and the 2000 troops of 1999 fighters joined.", null)
                .stream().map(DateMention::text).toList());
    }

    @Test
    void ignoresMonthNamesWithoutADateContext() {
        assertTrue(extract("Protesters march. May they succeed. Kerry may go.", "2016-02-12").isEmpty());
    }

    @Test
    void countsOffsetsInCodePointsAfterNonBmpCharacters() {
        String text = "\uD83D\uDE00\uD83D\uDE00 on Friday, \uD83C\uDDF8\uD83C\uDDFE late August";

        List<DateMention> mentions = extract(text, "2016-08-27");

        assertEquals(2, mentions.size());
        assertEquals(6, mentions.get(0).start());
        assertEquals(12, mentions.get(0).end());
        assertEquals("Friday", CodePoints.substring(text, mentions.get(0).start(), mentions.get(0).end()));
        assertEquals("late August", CodePoints.substring(text, mentions.get(1).start(), mentions.get(1).end()));
        assertEquals(17, mentions.get(1).start());
    }

    @Test
    void neverReturnsOverlappingMentions() {
        for (String seed : Seeds.ALL) {
            List<DateMention> mentions = extractFromSeed(seed, "2016-08-late");
            for (int i = 1; i < mentions.size(); i++) {
                assertTrue(mentions.get(i - 1).end() <= mentions.get(i).start(), seed + ": " + mentions);
            }
        }
    }
}
