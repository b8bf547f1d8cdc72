package org.ceasefiredata.ceasefire.ingest.text;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ceasefiredata.ceasefire.ingest.text.DateMention.Kind;
import org.ceasefiredata.ceasefire.kernel.DatePrecision;
import org.ceasefiredata.ceasefire.kernel.PartialDate;

/**
 * Finds date expressions in English news text and resolves each to the window of days it denotes, relative ones against
 * the publication date.
 * <p>
 * <b>Absolute</b> expressions: "February 27, 2016", "Feb. 25", "27 February 2016", "January 2016", "late August", "end
 * of August", "fall of 2015", "spring 2016", a month name after "in", "since", "the", "of" and similar words ("in March"),
 * and a bare year 1990–2030 after such a word ("in 2015", "the 2012 Geneva Communiqué"; not when "the" or "of" is followed
 * by a lower-case word, which makes it a count: "the 2000 troops"). A season capitalised after a capitalised word ("Arab
 * Spring of 2011") is a named event, not a season; the year alone is taken. When the year is omitted it is the year that
 * puts the date's month no more than two months after the publication month and no more than nine months before it
 * ("January" in a December article is the coming January). When the publication date is a window, every year that puts
 * the month within two months after the window's last month or nine before its first is a candidate; of two candidates
 * the one nearest the window is taken when the other is at least twice as far from it, otherwise the expression is
 * reported as ambiguous (unresolved, both readings in its basis), never as a window across both years ("August 1" in a
 * text of 17 May to 31 July 2016 is 1 August 2016, one day after the window, not 1 August 2015, 290 days before it).
 * Spans leave out a preceding preposition or article: "in the fall of 2015" yields "fall of 2015".
 * <p>
 * <b>Relative</b> expressions, resolved against the publication date: weekdays ("Friday", "early Friday": the latest such
 * day on or before publication, or the earliest on or after it when the sentence before the weekday has a future cue such
 * as "will" or "as early as"; "last Friday" / "next Friday": strictly before / after), "today", "yesterday", "tomorrow",
 * "tonight", "this/last/next/past week|weekend|month|year" (calendar weeks run Monday to Sunday), "earlier/later this
 * week|month|year", "a week ago" (that day ± 3 days), "N days/months/years ago" (that day / calendar month / year), "the
 * coming days|week|weeks|months", "the next N weeks", "within N days|weeks|months|years", "N more weeks", "another N
 * weeks". Numbers are digits or the words one to twenty, "a" and "an".
 * <p>
 * Vague expressions: "days ago" resolves to 2–6 days before publication, "weeks ago" to 2–8 weeks, "months ago" to 2–12
 * months; "years ago" is skipped. Vague forward spans ("within weeks", "the coming weeks", "in coming months") run one
 * week for days, six weeks for weeks, six months for months; vague years are skipped.
 * <p>
 * <b>Anchors.</b> A counted forward expression ("within six months", "three more weeks") counts from a date its own
 * sentence gives when an absolute date introduced by "beginning", "starting", "commencing", "from", "as of" or
 * "effective" (optionally followed by "in" or "on") comes before it in that sentence: in "a timeline beginning in January
 * 2016 for negotiations ..., a transition within six months, and elections within 18 months" both spans run from January
 * 2016 (to 31 July 2016 and to 31 July 2017), not from the publication date. The nearest such anchor before the expression
 * is taken; the basis names it.
 * <p>
 * When the publication date is a window, a relative expression is resolved against both its ends and the result is the
 * hull of the two. A text set apart as an undated related report (a teaser) has no date of its own: with
 * {@link #extractUndated} its relative expressions stay unresolved (absolute ones still take their year from the
 * publication date of the text that carries the teaser). Mentions never overlap; of overlapping candidates the longest
 * wins. Offsets are code point offsets.
 */
public final class DateExpressionExtractor {

    private static final String MONTH_FULL = "(?:January|February|March|April|May|June|July|August|September|October"
            + "|November|December)";
    private static final String MONTH = "(?:" + MONTH_FULL
            + "\\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?:\\.|\\b))";
    private static final String DAY = "(?<day>3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?(?![\\p{L}\\d])";
    private static final String YEAR = "(?<year>1[89]\\d\\d|20\\d\\d)(?![\\p{L}\\d])(?![.,]\\d)";
    private static final String NUMBER = "\\d{1,3}|(?i:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            + "|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)";
    private static final String UNIT = "(?<unit>days?|weeks?|months?|years?)\\b";
    private static final String CONTEXT_WORD = "[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Dd]uring|[Ff]rom|[Tt]hrough|[Bb]efore|[Aa]fter"
            + "|[Tt]he|[Oo]f";

    /** "February 27, 2016", "Feb. 25", "March 1". */
    private static final Pattern MONTH_DAY = Pattern
            .compile("\\b(?<month>" + MONTH + ")\\s*" + DAY + "(?:,?\\s+" + YEAR + ")?");
    /** "27 February 2016", "17 May". */
    private static final Pattern DAY_MONTH = Pattern
            .compile("(?<![\\d.,])\\b" + DAY + "\\s+(?<month>" + MONTH + ")(?:,?\\s+" + YEAR + ")?");
    /** "January 2016", "December of 2015". */
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b(?<month>" + MONTH + ")(?:\\s+of)?,?\\s+" + YEAR);
    /** "late August", "mid-March 2016", "end of August". */
    private static final Pattern MONTH_PART = Pattern
            .compile("\\b(?<part>(?i:early|mid|late|end\\s+of|beginning\\s+of|start\\s+of|middle\\s+of))[\\s-]+(?<month>"
                    + MONTH_FULL + ")\\b(?:,?\\s+" + YEAR + ")?");
    /** "fall of 2015", "spring 2016". */
    private static final Pattern SEASON = Pattern
            .compile("\\b(?<season>(?i:spring|summer|fall|autumn|winter))(?:\\s+of)?\\s+" + YEAR);
    /** "in March", "the April round": a month name is a date only after such a word. */
    private static final Pattern MONTH_ALONE = Pattern
            .compile("\\b(?<context>" + CONTEXT_WORD + ")\\s+(?<month>" + MONTH_FULL + ")\\b");
    /** "in 2015", "the 2012 Geneva Communiqué". */
    private static final Pattern BARE_YEAR = Pattern
            .compile("\\b(?<context>" + CONTEXT_WORD + ")\\s+(?<year>199\\d|20[0-2]\\d|2030)(?![\\p{L}\\d])(?![.,]\\d)"
                    + "(?<following>\\s+\\p{L})?");
    /** "Friday", "early Friday", "last Sunday". */
    private static final Pattern WEEKDAY = Pattern.compile("\\b(?:(?<modifier>[Ee]arly|[Ll]ate|[Nn]ext|[Ll]ast|[Tt]his)\\s+)?"
            + "(?<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");
    /** "today", "yesterday". */
    private static final Pattern DAY_WORD = Pattern.compile("\\b(?<word>[Tt]oday|[Yy]esterday|[Tt]omorrow|[Tt]onight)\\b");
    /** "this week", "last month", "earlier this year". */
    private static final Pattern CALENDAR_PERIOD = Pattern.compile("\\b(?:(?<side>[Ee]arlier|[Ll]ater)\\s+)?"
            + "(?<which>[Tt]his|[Ll]ast|[Nn]ext|[Pp]ast)\\s+(?<period>week|weekend|month|year)\\b");
    /** "a week ago", "months ago". */
    private static final Pattern AGO = Pattern
            .compile("\\b(?:(?<count>" + NUMBER + ")\\s+|(?<vague>(?i:several|a\\s+few|a\\s+couple\\s+of))\\s+)?"
                    + UNIT + "\\s+ago\\b");
    /** "within 18 months", "within a month". */
    private static final Pattern WITHIN = Pattern
            .compile("\\b[Ww]ithin\\s+(?:(?:the\\s+)?(?:next|coming)\\s+)?(?:(?<count>" + NUMBER
                    + ")\\s+|(?<vague>(?i:several|a\\s+few|a\\s+couple\\s+of))\\s+)?" + UNIT);
    /** "the coming week", "the coming days", "the next three weeks". */
    private static final Pattern COMING = Pattern
            .compile("\\b(?:(?<article>[Tt]he)\\s+)?(?<adjective>coming|next)\\s+(?:(?<count>"
                    + NUMBER + ")\\s+|(?<vague>few|several|a\\s+few)\\s+)?" + UNIT);
    /** "three more weeks", "another two months". */
    private static final Pattern MORE = Pattern.compile("\\b(?:(?<another>[Aa]nother)\\s+)?(?<count>" + NUMBER
            + ")\\s+(?<more>more\\s+|further\\s+|additional\\s+)?" + UNIT);

    /** "beginning in January 2016": the words that make the absolute date right after them an anchor. */
    private static final Pattern ANCHOR_CUE = Pattern.compile(
            "\\b(?:[Bb]eginning|[Ss]tarting|[Cc]ommencing|[Ff]rom|[Aa]s of|[Ee]ffective)\\s+(?:(?:in|on)\\s+)?");

    /** The sentence before a weekday says it lies ahead. */
    private static final Pattern FUTURE_CUE = Pattern.compile(
            "\\b(?:will|as early as|(?:is|are) (?:expected|scheduled|set|due) to|plans? to|planned for)\\b");

    /** The capitalised word right before a match, to tell "Arab Spring of 2011" from "Spring 2016". */
    private static final Pattern WORD_BEFORE = Pattern.compile("(\\p{Lu}\\p{L}*)\\s+$");
    private static final Pattern SENTENCE_INITIAL_WORD = Pattern
            .compile("In|The|Since|By|During|Until|From|Of|Last|Next|This|Early|Late");

    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1),
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20));

    /** How far after the publication month the month of a date with an omitted year may lie. */
    private static final int MONTHS_AHEAD = 2;
    /** How far before the publication month the month of a date with an omitted year may lie. */
    private static final int MONTHS_BEHIND = 9;

    private DateExpressionExtractor() {
    }

    /**
     * The date expressions of {@code text}, in text order, not overlapping.
     *
     * @param published the publication date or window; {@code null} leaves relative expressions (and absolute ones without
     *        a year) unresolved
     */
    public static List<DateMention> extract(String text, PartialDate published) {
        return extract(text, published, false);
    }

    /**
     * As {@link #extract(String, PartialDate)} for a text that is an undated report carried by a text published on
     * {@code published} (a related-article teaser): relative expressions stay unresolved, since the report's own date is
     * unknown; absolute ones without a year take it from {@code published}.
     */
    public static List<DateMention> extractUndated(String text, PartialDate published) {
        return extract(text, published, true);
    }

    private static List<DateMention> extract(String text, PartialDate published, boolean undated) {
        Objects.requireNonNull(text, "text");
        Extraction x = new Extraction(text, published, undated);
        x.scan(MONTH_DAY, x::monthDay);
        x.scan(DAY_MONTH, x::monthDay);
        x.scan(MONTH_YEAR, x::monthYear);
        x.scan(MONTH_PART, x::monthPart);
        x.scan(SEASON, x::season);
        x.scan(MONTH_ALONE, x::monthAlone);
        x.scan(BARE_YEAR, x::bareYear);
        x.scan(WEEKDAY, x::weekday);
        x.scan(DAY_WORD, x::dayWord);
        x.scan(CALENDAR_PERIOD, x::calendarPeriod);
        x.scan(AGO, x::ago);
        x.scan(WITHIN, x::within);
        x.scan(COMING, x::coming);
        x.scan(MORE, x::more);
        return x.mentions();
    }

    private record Window(LocalDate from, LocalDate to) {
    }

    private record Candidate(int start, int end, int order, Kind kind, PartialDate resolved, String basis) {

        int length() {
            return end - start;
        }
    }

    /** The state of one call: the text, the publication date and the candidates found so far. */
    private static final class Extraction {

        private final String text;
        private final PartialDate published;
        private final boolean undated;
        private final String publication;
        private final List<Candidate> candidates = new ArrayList<>();

        Extraction(String text, PartialDate published, boolean undated) {
            this.text = text;
            this.published = published;
            this.undated = undated;
            this.publication = published == null ? "publication" : "publication " + published.value();
        }

        void scan(Pattern pattern, Function<Matcher, Candidate> handler) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                Candidate c = handler.apply(m);
                if (c != null) {
                    candidates.add(c);
                }
            }
        }

        List<DateMention> mentions() {
            List<Candidate> byPreference = new ArrayList<>(candidates);
            byPreference.sort(Comparator.comparingInt(Candidate::length).reversed().thenComparingInt(Candidate::start)
                    .thenComparingInt(Candidate::order));
            List<Candidate> chosen = new ArrayList<>();
            for (Candidate c : byPreference) {
                if (chosen.stream().noneMatch(o -> c.start < o.end && o.start < c.end)) {
                    chosen.add(c);
                }
            }
            chosen.sort(Comparator.comparingInt(Candidate::start));
            CodePoints.Index index = CodePoints.index(text);
            List<DateMention> mentions = new ArrayList<>(chosen.size());
            for (Candidate c : chosen) {
                mentions.add(
                        new DateMention(index.toCodePoint(c.start), index.toCodePoint(c.end), text.substring(c.start, c.end),
                                c.kind, c.resolved, c.basis));
            }
            return mentions;
        }

        // ---- absolute expressions

        Candidate monthDay(Matcher m) {
            Month month = month(m.group("month"));
            int day = Integer.parseInt(m.group("day"));
            if (day > month.maxLength()) {
                return null;
            }
            if (m.group("year") != null) {
                LocalDate date = date(Integer.parseInt(m.group("year")), month, day);
                return date == null ? null : absolute(m, 0, PartialDate.ofDay(date), "explicit date");
            }
            return inferredYear(m, 0, "day and month", year -> {
                LocalDate date = date(year, month, day);
                return date == null ? null : new Window(date, date);
            }, month);
        }

        Candidate monthYear(Matcher m) {
            YearMonth ym = YearMonth.of(Integer.parseInt(m.group("year")), month(m.group("month")));
            return absolute(m, 0, PartialDate.parse(ym.toString()), "explicit month and year");
        }

        Candidate monthPart(Matcher m) {
            Month month = month(m.group("month"));
            String part = m.group("part").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            String notation = switch (part) {
                case "early", "beginning of", "start of" -> "early";
                case "mid", "middle of" -> "mid";
                default -> "late";
            };
            String meaning = part + " = " + switch (notation) {
                case "early" -> "days 1-10";
                case "mid" -> "days 11-20";
                default -> "day 21 to month end";
            };
            if (m.group("year") != null) {
                String value = YearMonth.of(Integer.parseInt(m.group("year")), month) + "-" + notation;
                return absolute(m, 0, PartialDate.parse(value), "explicit month part (" + meaning + ")");
            }
            return inferredYear(m, 0, "month part (" + meaning + ")", year -> {
                PartialDate p = PartialDate.parse(YearMonth.of(year, month) + "-" + notation);
                return new Window(p.earliest(), p.latest());
            }, month);
        }

        Candidate season(Matcher m) {
            String season = m.group("season");
            if (Character.isUpperCase(season.charAt(0)) && followsProperNoun(m.start())) {
                return null;
            }
            String name = season.toLowerCase(Locale.ROOT).equals("autumn") ? "fall" : season.toLowerCase(Locale.ROOT);
            return absolute(m, 0, PartialDate.parse(m.group("year") + "-" + name), "explicit season (meteorological, "
                    + "northern hemisphere)");
        }

        Candidate monthAlone(Matcher m) {
            Month month = month(m.group("month"));
            return inferredYear(m, m.start("month") - m.start(), "month name alone", year -> {
                YearMonth ym = YearMonth.of(year, month);
                return new Window(ym.atDay(1), ym.atEndOfMonth());
            }, month);
        }

        Candidate bareYear(Matcher m) {
            String context = m.group("context").toLowerCase(Locale.ROOT);
            String following = m.group("following");
            boolean countLike = (context.equals("the") || context.equals("of")) && following != null
                    && Character.isLowerCase(following.strip().charAt(0));
            if (countLike) {
                return null;
            }
            Year year = Year.of(Integer.parseInt(m.group("year")));
            return new Candidate(m.start("year"), m.end("year"), 0, Kind.ABSOLUTE, PartialDate.parse(year.toString()),
                    "explicit year after '" + m.group("context") + "'");
        }

        // ---- relative expressions

        Candidate weekday(Matcher m) {
            DayOfWeek day = DayOfWeek.valueOf(m.group("weekday").toUpperCase(Locale.ROOT));
            String modifier = m.group("modifier") == null ? "" : m.group("modifier").toLowerCase(Locale.ROOT);
            return switch (modifier) {
                case "last" -> relative(m, "'last' weekday: the latest before " + publication,
                        a -> single(a.with(TemporalAdjusters.previous(day))));
                case "next" -> relative(m, "'next' weekday: the earliest after " + publication,
                        a -> single(a.with(TemporalAdjusters.next(day))));
                default -> {
                    String cue = futureCue(m.start());
                    if (cue != null) {
                        yield relative(m, "weekday on or after " + publication + " (future cue '" + cue + "')",
                                a -> single(a.with(TemporalAdjusters.nextOrSame(day))));
                    }
                    yield relative(m, "weekday on or before " + publication,
                            a -> single(a.with(TemporalAdjusters.previousOrSame(day))));
                }
            };
        }

        Candidate dayWord(Matcher m) {
            return switch (m.group("word").toLowerCase(Locale.ROOT)) {
                case "yesterday" -> relative(m, publication + " - P1D", a -> single(a.minusDays(1)));
                case "tomorrow" -> relative(m, publication + " + P1D", a -> single(a.plusDays(1)));
                default -> relative(m, publication + " itself", Extraction::single);
            };
        }

        Candidate calendarPeriod(Matcher m) {
            String which = m.group("which").toLowerCase(Locale.ROOT);
            String period = m.group("period");
            String side = m.group("side") == null ? null : m.group("side").toLowerCase(Locale.ROOT);
            if (side != null && !which.equals("this")) {
                return null;
            }
            if (which.equals("past")) {
                if (period.equals("weekend")) {
                    return null;
                }
                String length = unitPeriod(period, 1);
                return relative(m, publication + " - " + length + " to " + publication,
                        a -> new Window(a.minus(Period.parse(length)), a));
            }
            int shift = switch (which) {
                case "last" -> -1;
                case "next" -> 1;
                default -> 0;
            };
            String what = switch (period) {
                case "week" -> "calendar week (Monday to Sunday)";
                case "weekend" -> "weekend (Saturday and Sunday)";
                case "month" -> "calendar month";
                default -> "calendar year";
            };
            String relation = switch (which) {
                case "last" -> "before the one containing ";
                case "next" -> "after the one containing ";
                default -> "containing ";
            };
            String basis = what + " " + relation + publication;
            Function<LocalDate, Window> periodOf = a -> calendar(period, a, shift);
            if (side == null) {
                return relative(m, basis, periodOf);
            }
            if (side.equals("earlier")) {
                return relative(m, "start of the " + basis + " to " + publication,
                        a -> new Window(periodOf.apply(a).from, a));
            }
            return relative(m, publication + " to the end of the " + basis, a -> new Window(a, periodOf.apply(a).to));
        }

        Candidate ago(Matcher m) {
            String unit = singular(m.group("unit"));
            Integer count = count(m);
            if (count == null) {
                return switch (unit) {
                    case "day" -> relative(m, "vague 'days ago': " + publication + " - P6D to - P2D",
                            a -> new Window(a.minusDays(6), a.minusDays(2)));
                    case "week" -> relative(m, "vague 'weeks ago': " + publication + " - P8W to - P2W",
                            a -> new Window(a.minusWeeks(8), a.minusWeeks(2)));
                    case "month" -> relative(m, "vague 'months ago': " + publication + " - P12M to - P2M",
                            a -> new Window(a.minusMonths(12), a.minusMonths(2)));
                    default -> null;
                };
            }
            String label = unitPeriod(unit, count);
            Period back = Period.parse(label);
            return switch (unit) {
                case "day" -> relative(m, publication + " - " + label, a -> single(a.minus(back)));
                case "week" -> relative(m, publication + " - " + label + ", give or take 3 days",
                        a -> new Window(a.minus(back).minusDays(3), a.minus(back).plusDays(3)));
                case "month" -> relative(m, "calendar month of " + publication + " - " + label,
                        a -> calendar("month", a.minus(back), 0));
                default -> relative(m, "calendar year of " + publication + " - " + label,
                        a -> calendar("year", a.minus(back), 0));
            };
        }

        Candidate within(Matcher m) {
            String ahead = forwardPeriod(m);
            if (ahead == null) {
                return null;
            }
            Candidate anchored = anchored(m, ahead);
            if (anchored != null) {
                return anchored;
            }
            return relative(m, publication + " to publication date + " + ahead,
                    a -> new Window(a, a.plus(Period.parse(ahead))));
        }

        Candidate coming(Matcher m) {
            boolean calendarNext = m.group("adjective").equals("next") && m.group("article") == null;
            String ahead = calendarNext ? null : forwardPeriod(m);
            if (ahead == null) {
                return null;
            }
            return relative(m, publication + " + P1D to publication date + " + ahead,
                    a -> new Window(a.plusDays(1), a.plus(Period.parse(ahead))));
        }

        Candidate more(Matcher m) {
            if (m.group("another") == null && m.group("more") == null) {
                return null;
            }
            String ahead = forwardPeriod(m);
            if (ahead == null) {
                return null;
            }
            Candidate anchored = anchored(m, ahead);
            if (anchored != null) {
                return anchored;
            }
            return relative(m, publication + " to publication date + " + ahead,
                    a -> new Window(a, a.plus(Period.parse(ahead))));
        }

        /**
         * A forward span counted from the anchor its sentence gives ("beginning in January 2016"), or null when the
         * sentence gives none before the expression. Absolute candidates are all found before relative ones are scanned.
         */
        private Candidate anchored(Matcher m, String ahead) {
            int sentenceStart = sentenceStart(m.start());
            Matcher cue = ANCHOR_CUE.matcher(text).region(sentenceStart, m.start());
            Candidate anchor = null;
            String cueWords = null;
            while (cue.find()) {
                int at = cue.end();
                Candidate longest = null;
                for (Candidate c : candidates) {
                    if (c.kind == Kind.ABSOLUTE && c.start == at && c.resolved != null && c.end <= m.start()
                            && (longest == null || c.length() > longest.length())) {
                        longest = c;
                    }
                }
                if (longest != null) {
                    anchor = longest;
                    cueWords = cue.group().strip();
                }
            }
            if (anchor == null) {
                return null;
            }
            PartialDate from = anchor.resolved;
            Window w = new Window(from.earliest(), from.latest().plus(Period.parse(ahead)));
            return new Candidate(m.start(), m.end(), 1, Kind.RELATIVE, toPartialDate(w),
                    "counted from '" + text.substring(anchor.start, anchor.end) + "' (" + from.value()
                            + "), the anchor its sentence gives ('" + cueWords + "'): " + from.value() + " to + " + ahead);
        }

        // ---- helpers

        private Candidate absolute(Matcher m, int skip, PartialDate resolved, String basis) {
            return new Candidate(m.start() + skip, m.end(), 0, Kind.ABSOLUTE, resolved, basis);
        }

        /** An absolute date without a year: the year comes from the publication date. */
        private Candidate inferredYear(Matcher m, int skip, String what, Function<Integer, Window> inYear, Month month) {
            if (published == null) {
                return new Candidate(m.start() + skip, m.end(), 0, Kind.ABSOLUTE, null,
                        what + " without a year, and no publication date");
            }
            YearMonth first = YearMonth.from(published.earliest()).minusMonths(MONTHS_BEHIND);
            YearMonth last = YearMonth.from(published.latest()).plusMonths(MONTHS_AHEAD);
            List<Window> readings = new ArrayList<>();
            for (int year = first.getYear(); year <= last.getYear(); year++) {
                YearMonth ym = YearMonth.of(year, month);
                Window w = ym.isBefore(first) || ym.isAfter(last) ? null : inYear.apply(year);
                if (w != null) {
                    readings.add(w);
                }
            }
            if (readings.isEmpty()) {
                return null;
            }
            String rule = "year from " + publication + " (at most " + MONTHS_AHEAD + " months after it, "
                    + MONTHS_BEHIND + " before)";
            if (readings.size() == 1) {
                return new Candidate(m.start() + skip, m.end(), 0, Kind.ABSOLUTE, toPartialDate(readings.get(0)),
                        what + "; " + rule);
            }
            readings.sort(Comparator.comparingLong(this::distanceFromPublication));
            Window nearest = readings.get(0);
            long near = distanceFromPublication(nearest);
            long next = distanceFromPublication(readings.get(1));
            if (2 * near <= next) {
                return new Candidate(m.start() + skip, m.end(), 0, Kind.ABSOLUTE, toPartialDate(nearest),
                        what + "; " + rule + ", the reading nearest the publication window (" + near
                                + " days from it; " + toPartialDate(readings.get(1)).value() + " would be " + next + ")");
            }
            return new Candidate(m.start() + skip, m.end(), 0, Kind.ABSOLUTE, null, what + "; year ambiguous against "
                    + publication + ": " + readings.stream().map(w -> toPartialDate(w).value()).toList()
                    + " are about as near the publication window");
        }

        /** Days between a window and the publication window (0 when they overlap). */
        private long distanceFromPublication(Window w) {
            if (w.to.isBefore(published.earliest())) {
                return ChronoUnit.DAYS.between(w.to, published.earliest());
            }
            if (w.from.isAfter(published.latest())) {
                return ChronoUnit.DAYS.between(published.latest(), w.from);
            }
            return 0;
        }

        private Candidate relative(Matcher m, String basis, Function<LocalDate, Window> resolve) {
            if (undated) {
                return new Candidate(m.start(), m.end(), 1, Kind.RELATIVE, null,
                        basis + "; not counted: an undated related report, whose own date is unknown");
            }
            if (published == null) {
                return new Candidate(m.start(), m.end(), 1, Kind.RELATIVE, null,
                        basis + "; no publication date given");
            }
            Window w = hull(resolve);
            return new Candidate(m.start(), m.end(), 1, Kind.RELATIVE, w == null ? null : toPartialDate(w), basis);
        }

        /** The window resolved against both ends of the publication window, joined. */
        private Window hull(Function<LocalDate, Window> resolve) {
            Window early = resolve.apply(published.earliest());
            Window late = resolve.apply(published.latest());
            if (early == null || late == null) {
                return null;
            }
            LocalDate from = early.from.isBefore(late.from) ? early.from : late.from;
            LocalDate to = early.to.isAfter(late.to) ? early.to : late.to;
            return new Window(from, to);
        }

        /** Where the sentence holding {@code start} begins: after a line break or sentence punctuation and a space. */
        private int sentenceStart(int start) {
            int sentenceStart = start;
            while (sentenceStart > 0) {
                char c = text.charAt(sentenceStart - 1);
                if (c == '\n' || (".!?".indexOf(c) >= 0 && sentenceStart < text.length()
                        && Character.isWhitespace(text.charAt(sentenceStart)))) {
                    break;
                }
                sentenceStart--;
            }
            return sentenceStart;
        }

        /** The text of the sentence before {@code start} holds a future cue; returns the cue or null. */
        private String futureCue(int start) {
            Matcher cue = FUTURE_CUE.matcher(text).region(sentenceStart(start), start);
            String found = null;
            while (cue.find()) {
                found = cue.group();
            }
            return found;
        }

        /** A capitalised word other than a sentence-initial function word stands right before {@code start}. */
        private boolean followsProperNoun(int start) {
            Matcher before = WORD_BEFORE.matcher(text.substring(Math.max(0, start - 40), start));
            return before.find() && !SENTENCE_INITIAL_WORD.matcher(before.group(1)).matches();
        }

        /**
         * The ISO 8601 period of a forward expression ("P18M"), or null for a vague one that has no sensible width.
         * Kept as text because {@link Period} prints weeks as days.
         */
        private static String forwardPeriod(Matcher m) {
            String rawUnit = m.group("unit");
            String unit = singular(rawUnit);
            Integer count = count(m);
            if (count != null) {
                return unitPeriod(unit, count);
            }
            if (!rawUnit.endsWith("s")) {
                return unitPeriod(unit, 1);
            }
            return switch (unit) {
                case "day" -> "P7D";
                case "week" -> "P6W";
                case "month" -> "P6M";
                default -> null;
            };
        }

        private static Integer count(Matcher m) {
            String count = m.group("count");
            if (count == null) {
                return null;
            }
            String c = count.toLowerCase(Locale.ROOT);
            return Character.isDigit(c.charAt(0)) ? Integer.valueOf(c) : NUMBER_WORDS.get(c);
        }

        private static String singular(String unit) {
            return unit.endsWith("s") ? unit.substring(0, unit.length() - 1) : unit;
        }

        private static String unitPeriod(String unit, int count) {
            return switch (unit) {
                case "day" -> "P" + count + "D";
                case "week" -> "P" + count + "W";
                case "month" -> "P" + count + "M";
                default -> "P" + count + "Y";
            };
        }

        /** The week, weekend, month or year containing {@code anchor}, shifted by {@code shift} such periods. */
        private static Window calendar(String period, LocalDate anchor, int shift) {
            return switch (period) {
                case "week" -> {
                    LocalDate monday = anchor.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(shift);
                    yield new Window(monday, monday.plusDays(6));
                }
                case "weekend" -> {
                    LocalDate saturday = anchor.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(shift)
                            .plusDays(5);
                    yield new Window(saturday, saturday.plusDays(1));
                }
                case "month" -> {
                    YearMonth ym = YearMonth.from(anchor).plusMonths(shift);
                    yield new Window(ym.atDay(1), ym.atEndOfMonth());
                }
                default -> {
                    Year y = Year.from(anchor).plusYears(shift);
                    yield new Window(y.atDay(1), y.atDay(y.length()));
                }
            };
        }

        private static Window single(LocalDate day) {
            return new Window(day, day);
        }

        private static LocalDate date(int year, Month month, int day) {
            try {
                return LocalDate.of(year, month, day);
            } catch (DateTimeException e) {
                return null;
            }
        }

        /** The month of an English month name or abbreviation, by its first three letters. */
        private static Month month(String name) {
            String key = name.substring(0, 3).toUpperCase(Locale.ROOT);
            for (Month month : Month.values()) {
                if (month.name().startsWith(key)) {
                    return month;
                }
            }
            throw new IllegalArgumentException("not a month: " + name);
        }
    }

    /**
     * The window as a {@link PartialDate}, in the curated notation when it is a day, a month, a month part, a season or a
     * year, else as an interval whose precision is the coarsest that fits its length.
     */
    private static PartialDate toPartialDate(Window w) {
        LocalDate from = w.from;
        LocalDate to = w.to;
        if (from.equals(to)) {
            return PartialDate.ofDay(from);
        }
        YearMonth ym = YearMonth.from(from);
        if (ym.equals(YearMonth.from(to))) {
            if (from.getDayOfMonth() == 1 && to.equals(ym.atEndOfMonth())) {
                return PartialDate.parse(ym.toString());
            }
            if (from.getDayOfMonth() == 1 && to.getDayOfMonth() == 10) {
                return PartialDate.parse(ym + "-early");
            }
            if (from.getDayOfMonth() == 11 && to.getDayOfMonth() == 20) {
                return PartialDate.parse(ym + "-mid");
            }
            if (from.getDayOfMonth() == 21 && to.equals(ym.atEndOfMonth())) {
                return PartialDate.parse(ym + "-late");
            }
        }
        if (from.getDayOfYear() == 1 && to.equals(from.with(TemporalAdjusters.lastDayOfYear()))) {
            return PartialDate.parse(String.valueOf(from.getYear()));
        }
        String season = switch (from.getMonth()) {
            case MARCH -> "spring";
            case JUNE -> "summer";
            case SEPTEMBER -> "fall";
            case DECEMBER -> "winter";
            default -> null;
        };
        if (season != null && from.getDayOfMonth() == 1 && to.equals(ym.plusMonths(2).atEndOfMonth())) {
            return PartialDate.parse(from.getYear() + "-" + season);
        }
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        DatePrecision precision = days <= 11
                ? DatePrecision.MONTH_PART
                : days <= 31 ? DatePrecision.MONTH : days <= 92 ? DatePrecision.SEASON : DatePrecision.YEAR;
        return PartialDate.ofWindow(from, to, precision);
    }
}
