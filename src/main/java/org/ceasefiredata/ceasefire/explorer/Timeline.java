package org.ceasefiredata.ceasefire.explorer;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.ceasefiredata.ceasefire.search.TimelineEntry;

/**
 * The timeline drawn as SVG geometry: one row per entry, a bar from the first to the last day its date can be, so a
 * date known to the season is a season-long bar and a day a narrow one (never a fake day); month grid lines with year
 * and month labels. Coordinates are in SVG user units; the template draws them.
 */
public final class Timeline {

    static final int WIDTH = 960;
    static final int ROW = 24;
    static final int TOP = 40;
    static final int MARGIN = 8;
    /** A day is drawn at least this wide, so that it can be seen and clicked. */
    static final double MIN_BAR = 4;
    /** Rough width of a label character at the label's font size, to keep labels inside the drawing. */
    static final double CHAR = 6.4;

    private Timeline() {
    }

    /** One entry: where its bar is, where its label goes, and what it links to. */
    public record Bar(String type, String slug, String href, String label, String title, String date,
            String precision, String status, double x, double y, double width, double labelX, boolean labelBefore) {
        /** Top of the bar. */
        public double barY() {
            return y + 4;
        }

        /** Baseline of the label. */
        public double textY() {
            return y + 15;
        }
    }

    /** A grid line: its position and label (empty for an unlabelled month). */
    public record Tick(double x, String label, boolean year) {
        /** Where the label starts, just right of the line. */
        public double labelX() {
            return x + 2;
        }
    }

    /** The drawing: its size, the bars, the grid, and the window of days it covers. */
    public record Drawing(int width, int height, List<Bar> bars, List<Tick> ticks, LocalDate from, LocalDate to) {
        public boolean empty() {
            return bars.isEmpty();
        }
    }

    /**
     * Lays out the entries (in the timeline's order) over a window of whole months: from {@code windowFrom} to
     * {@code windowTo} when given (a bar reaching outside is cut at the edge, and its label says so), otherwise from
     * the first day of the entries to the last.
     */
    public static Drawing draw(List<TimelineEntry> entries, Function<TimelineEntry, String> href, LocalDate windowFrom,
            LocalDate windowTo) {
        if (entries.isEmpty()) {
            return new Drawing(WIDTH, TOP + ROW, List.of(), List.of(), null, null);
        }
        LocalDate first = windowFrom != null
                ? windowFrom
                : entries.stream().map(e -> e.date().earliest()).min(LocalDate::compareTo).orElseThrow();
        LocalDate last = windowTo != null
                ? windowTo
                : entries.stream().map(e -> e.date().latest()).max(LocalDate::compareTo).orElseThrow();
        LocalDate from = first.withDayOfMonth(1);
        LocalDate to = YearMonth.from(last).atEndOfMonth().plusDays(1);
        double days = ChronoUnit.DAYS.between(from, to);
        double plot = WIDTH - 2.0 * MARGIN;
        List<Bar> bars = new ArrayList<>();
        int row = 0;
        for (TimelineEntry e : entries) {
            boolean cutStart = e.date().earliest().isBefore(from);
            boolean cutEnd = !e.date().latest().isBefore(to);
            double x = MARGIN + plot * Math.max(0, ChronoUnit.DAYS.between(from, e.date().earliest())) / days;
            double end = MARGIN + plot * Math.min(days, ChronoUnit.DAYS.between(from, e.date().latest().plusDays(1)))
                    / days;
            double width = Math.max(MIN_BAR, end - x);
            String date = Dates.human(e.date());
            String suffix = " · " + date;
            String text = (cutStart ? "◂ " : "") + e.title();
            // The label goes on the side with more room, shortened to fit it.
            double roomAfter = WIDTH - MARGIN - (x + width + 6);
            double roomBefore = x - 6 - MARGIN;
            boolean before = roomBefore > roomAfter;
            int fits = (int) (Math.max(roomBefore, roomAfter) / CHAR) - suffix.length() - (cutEnd ? 2 : 0);
            String label = (text.length() > Math.max(12, fits) ? text.substring(0, Math.max(12, fits) - 1) + "…" : text)
                    + suffix + (cutEnd ? " ▸" : "");
            double labelX = before ? x - 6 : x + width + 6;
            String status = e.status() == null ? "" : e.status().toLowerCase(Locale.ROOT).replace('_', '-');
            String precision = Dates.precisionName(e.date());
            bars.add(new Bar(e.type().wire(), e.slug(), href.apply(e), label,
                    e.type().wire() + ": " + e.title() + " — " + date + " (" + precision + ", " + Dates.window(e.date())
                            + ")" + (status.isEmpty() ? "" : ", " + status)
                            + (cutStart || cutEnd ? "; reaches beyond the window shown" : ""),
                    date, precision, status, round(x), TOP + row * ROW, round(width), round(labelX), before));
            row++;
        }
        List<Tick> ticks = new ArrayList<>();
        long months = ChronoUnit.MONTHS.between(YearMonth.from(from), YearMonth.from(to));
        for (YearMonth m = YearMonth.from(from); !m.atDay(1).isAfter(to.minusDays(1)); m = m.plusMonths(1)) {
            double x = MARGIN + plot * ChronoUnit.DAYS.between(from, m.atDay(1)) / days;
            boolean year = m.getMonthValue() == 1 || m.equals(YearMonth.from(from));
            String label = year
                    ? Integer.toString(m.getYear())
                    : months <= 30 && m.getMonthValue() % (months <= 15 ? 1 : 3) == 1 || months <= 15
                            ? Dates.shortMonth(m.atDay(1)).substring(0, 3)
                            : "";
            ticks.add(new Tick(round(x), label, year));
        }
        return new Drawing(WIDTH, TOP + row * ROW + 8, List.copyOf(bars), List.copyOf(ticks), from, to.minusDays(1));
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
