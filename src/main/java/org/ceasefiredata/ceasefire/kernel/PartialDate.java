package org.ceasefiredata.ceasefire.kernel;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A date as precise as the sources allow: the expression the curators wrote ({@code 2016-02-12}, {@code 2016-08-late},
 * {@code 2015-fall}, {@code 2016-05-17/2016-07-31}) with the window of days it covers and its precision.
 * <p>
 * Calendar arithmetic is java.time's; only the few notations ISO 8601 lacks (month parts, seasons) are mapped here.
 */
@Schema(name = "PartialDate", description = Docs.PARTIAL_DATE)
@org.eclipse.microprofile.graphql.Type("PartialDate")
@Description(Docs.PARTIAL_DATE)
public record PartialDate(
        @Description(Docs.DATE_VALUE) @Schema(description = Docs.DATE_VALUE, examples = {
                "2016-02-12", "2015-fall", "2016-02-11/2016-02-12"}) String value,
        @Description(Docs.DATE_EARLIEST) @Schema(description = Docs.DATE_EARLIEST, examples = "2015-09-01") LocalDate earliest,
        @Description(Docs.DATE_LATEST) @Schema(description = Docs.DATE_LATEST, examples = "2015-11-30") LocalDate latest,
        @Description(Docs.DATE_PRECISION) @Schema(description = Docs.DATE_PRECISION) DatePrecision precision){

    private static final Pattern POINT = Pattern
            .compile("(\\d{4})(?:-(?:(\\d{2})(?:-(\\d{2}|early|mid|late))?|(spring|summer|fall|winter)))?");

    public PartialDate {
        if (latest.isBefore(earliest)) {
            throw new IllegalArgumentException("'" + value + "' ends (" + latest + ") before it starts (" + earliest + ")");
        }
    }

    /**
     * Parses a curated date expression.
     *
     * @throws IllegalArgumentException with a message naming the expression when it is not a valid date, or when an
     *         interval ends before it starts
     */
    public static PartialDate parse(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("empty date");
        }
        String trimmed = value.trim();
        int slash = trimmed.indexOf('/');
        if (slash >= 0) {
            PartialDate start = point(trimmed.substring(0, slash), trimmed);
            PartialDate end = point(trimmed.substring(slash + 1), trimmed);
            if (end.latest.isBefore(start.earliest)) {
                throw new IllegalArgumentException(
                        "'" + trimmed + "' ends (" + end.latest + ") before it starts (" + start.earliest + ")");
            }
            return new PartialDate(trimmed, start.earliest, end.latest, start.precision.coarser(end.precision));
        }
        return point(trimmed, trimmed);
    }

    /** A single day. */
    public static PartialDate ofDay(LocalDate day) {
        return new PartialDate(day.toString(), day, day, DatePrecision.DAY);
    }

    /** A window of days with a given precision, labelled with an ISO 8601 interval when it spans several days. */
    public static PartialDate ofWindow(LocalDate earliest, LocalDate latest, DatePrecision precision) {
        String label = earliest.equals(latest) ? earliest.toString() : earliest + "/" + latest;
        return new PartialDate(label, earliest, latest, precision);
    }

    private static PartialDate point(String text, String whole) {
        Matcher m = POINT.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + whole
                    + "' is not a date: expected YYYY, YYYY-MM, YYYY-MM-DD, YYYY-MM-early|mid|late, YYYY-spring|summer|fall|winter, or two of these joined by '/'");
        }
        // Every value java.time is given below is checked first (the pattern admits four-digit years only), so that a
        // date that does not exist is refused in words, never in java.time's ("Invalid date 'FEBRUARY 30'").
        int year = Integer.parseInt(m.group(1));
        if (m.group(4) != null) {
            return season(text, year, m.group(4));
        }
        if (m.group(2) == null) {
            Year y = Year.of(year);
            return new PartialDate(text, y.atDay(1), y.atDay(y.length()), DatePrecision.YEAR);
        }
        int month = Integer.parseInt(m.group(2));
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("'" + whole + "' is not a calendar date: there is no month " + m.group(2)
                    + " (months run from 01 to 12)");
        }
        YearMonth ym = YearMonth.of(year, month);
        String day = m.group(3);
        if (day == null) {
            return new PartialDate(text, ym.atDay(1), ym.atEndOfMonth(), DatePrecision.MONTH);
        }
        return switch (day) {
            case "early" -> new PartialDate(text, ym.atDay(1), ym.atDay(10), DatePrecision.MONTH_PART);
            case "mid" -> new PartialDate(text, ym.atDay(11), ym.atDay(20), DatePrecision.MONTH_PART);
            case "late" -> new PartialDate(text, ym.atDay(21), ym.atEndOfMonth(), DatePrecision.MONTH_PART);
            default -> {
                int dayOfMonth = Integer.parseInt(day);
                if (!ym.isValidDay(dayOfMonth)) {
                    throw new IllegalArgumentException("'" + whole + "' is not a calendar date: "
                            + ym.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + year + " has days 01 to "
                            + ym.lengthOfMonth());
                }
                LocalDate d = ym.atDay(dayOfMonth);
                yield new PartialDate(text, d, d, DatePrecision.DAY);
            }
        };
    }

    /** Meteorological seasons of the northern hemisphere; winter YYYY runs from December YYYY to February YYYY+1. */
    private static PartialDate season(String text, int year, String season) {
        YearMonth first = switch (season.toLowerCase(Locale.ROOT)) {
            case "spring" -> YearMonth.of(year, Month.MARCH);
            case "summer" -> YearMonth.of(year, Month.JUNE);
            case "fall" -> YearMonth.of(year, Month.SEPTEMBER);
            default -> YearMonth.of(year, Month.DECEMBER);
        };
        return new PartialDate(text, first.atDay(1), first.plusMonths(2).atEndOfMonth(), DatePrecision.SEASON);
    }
}
