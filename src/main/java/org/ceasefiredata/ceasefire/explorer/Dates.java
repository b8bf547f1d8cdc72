package org.ceasefiredata.ceasefire.explorer;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;

import org.ceasefiredata.ceasefire.kernel.DatePrecision;
import org.ceasefiredata.ceasefire.kernel.PartialDate;
import org.ceasefiredata.ceasefire.kernel.Wire;

import io.quarkus.qute.TemplateExtension;

/**
 * Dates as a reader sees them, never more precise than the sources: "Feb. 12, 2016", "late Aug. 2016", "fall 2015",
 * "2016", "Feb. 11–12, 2016"; and the precision in words. Used by the pages ({@code {date.human}}), the calendar and the
 * cards.
 */
@TemplateExtension
public final class Dates {

    private Dates() {
    }

    /** The date in words at its own precision; an interval joins its two ends. */
    public static String human(PartialDate date) {
        if (date == null) {
            return "date unknown";
        }
        String value = date.value();
        int slash = value.indexOf('/');
        if (slash >= 0) {
            PartialDate start = PartialDate.parse(value.substring(0, slash));
            PartialDate end = PartialDate.parse(value.substring(slash + 1));
            if (start.precision() == DatePrecision.DAY && end.precision() == DatePrecision.DAY
                    && start.earliest().getYear() == end.earliest().getYear()) {
                LocalDate a = start.earliest();
                LocalDate b = end.earliest();
                return a.getMonth() == b.getMonth()
                        ? shortMonth(a) + " " + a.getDayOfMonth() + "–" + b.getDayOfMonth() + ", " + a.getYear()
                        : shortMonth(a) + " " + a.getDayOfMonth() + " – " + shortMonth(b) + " " + b.getDayOfMonth() + ", "
                                + a.getYear();
            }
            return human(start) + " – " + human(end);
        }
        LocalDate first = date.earliest();
        return switch (date.precision()) {
            case DAY -> shortMonth(first) + " " + first.getDayOfMonth() + ", " + first.getYear();
            case MONTH_PART -> (first.getDayOfMonth() == 1 ? "early " : first.getDayOfMonth() == 11 ? "mid-" : "late ")
                    + shortMonth(first) + " " + first.getYear();
            case MONTH -> shortMonth(first) + " " + first.getYear();
            case SEASON -> value.substring(value.indexOf('-') + 1) + " " + value.substring(0, 4);
            case YEAR -> Integer.toString(first.getYear());
        };
    }

    /** The precision as the API spells it: day, month-part, month, season, year. */
    public static String precisionName(PartialDate date) {
        return date == null ? "unknown" : Wire.of(date.precision());
    }

    /** The window of days the date covers, for a reader: "2015-09-01 to 2015-11-30", or the day itself. */
    public static String window(PartialDate date) {
        if (date == null) {
            return "";
        }
        return date.earliest().equals(date.latest())
                ? date.earliest().toString()
                : date.earliest() + " to " + date.latest();
    }

    /** A day's month in words, {@code {day.monthOf}} in templates: "Sept. 2015". */
    public static String monthOf(LocalDate day) {
        return shortMonth(day) + " " + day.getYear();
    }

    /** True when the date is a single known day. */
    public static boolean exact(PartialDate date) {
        return date != null && date.earliest().equals(date.latest());
    }

    /** AP style month abbreviation: Jan., Feb., March, April, May, June, July, Aug., Sept., Oct., Nov., Dec. */
    static String shortMonth(LocalDate day) {
        return switch (day.getMonth()) {
            case MARCH, APRIL, MAY, JUNE, JULY -> day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            case SEPTEMBER -> "Sept.";
            default -> day.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + ".";
        };
    }
}
