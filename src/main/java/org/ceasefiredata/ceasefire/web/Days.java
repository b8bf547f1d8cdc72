package org.ceasefiredata.ceasefire.web;

import java.time.LocalDate;

import org.ceasefiredata.ceasefire.kernel.Checks;

/** The {@code asOf} parameter of a single record: the last day of the date given (any precision), or null. */
final class Days {

    private Days() {
    }

    static LocalDate asOf(String value) {
        Checks checks = new Checks();
        LocalDate day = checks.date("asOf", checks.text("asOf", value), true);
        checks.done();
        return day;
    }
}
