package org.ceasefiredata.ceasefire.kernel;

import java.time.LocalDate;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A stored date of the record: the curated expression, the window of days it covers and its precision. */
@Embeddable
public class DateWindow {

    public String value;
    public LocalDate earliest;
    public LocalDate latest;
    @Enumerated(EnumType.STRING)
    public DatePrecision precision;

    public static DateWindow of(PartialDate date) {
        if (date == null) {
            return null;
        }
        DateWindow w = new DateWindow();
        w.value = date.value();
        w.earliest = date.earliest();
        w.latest = date.latest();
        w.precision = date.precision();
        return w;
    }

    public PartialDate toPartialDate() {
        return value == null ? null : new PartialDate(value, earliest, latest, precision);
    }
}
