package org.ceasefiredata.ceasefire.kernel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects what is wrong with a request's values, so that every problem is reported at once; {@link #done()} throws
 * them as one {@link InvalidInput}.
 */
public final class Checks {

    private final List<InvalidInput.Violation> violations = new ArrayList<>();

    /** A date parameter: its first day ({@code last} false) or its last day; null when absent or invalid. */
    public LocalDate date(String parameter, String value, boolean last) {
        if (value == null) {
            return null;
        }
        try {
            PartialDate date = PartialDate.parse(value.trim());
            return last ? date.latest() : date.earliest();
        } catch (IllegalArgumentException e) {
            reject(parameter, "is not a date: " + e.getMessage());
            return null;
        }
    }

    /**
     * A list parameter: absent (null or empty: a REST binding gives an empty list for a parameter not sent) stays
     * absent (null); an empty entry ({@code kind=a,,b}) is refused.
     */
    public <T> List<T> list(String parameter, List<T> values) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.stream().anyMatch(v -> v == null || v.toString().isBlank())) {
            reject(parameter, "has an empty entry");
            return null;
        }
        return values;
    }

    /** A text parameter: absent stays absent, blank is refused. */
    public String text(String parameter, String value) {
        if (value != null && value.isBlank()) {
            reject(parameter, "is empty");
            return null;
        }
        return value == null ? null : value.trim();
    }

    /** A window given by two dates must not end before it starts. */
    public void window(String fromParameter, LocalDate from, String toParameter, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            reject(toParameter, "ends (" + to + ") before " + fromParameter + " starts (" + from + ")");
        }
    }

    public Checks reject(String parameter, String message) {
        violations.add(new InvalidInput.Violation(parameter, message));
        return this;
    }

    /** @throws InvalidInput with every problem found */
    public void done() {
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
    }
}
