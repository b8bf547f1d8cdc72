package org.ceasefiredata.ceasefire.kernel;

import org.eclipse.microprofile.graphql.Description;

import com.fasterxml.jackson.annotation.JsonValue;

/** How exact a date in the ceasefire record is: a day, a part of a month, a month, a season or a year. */
@Description("How exact a date in the ceasefire record is: a day, a part of a month, a month, a season or a year.")
public enum DatePrecision {
    DAY, MONTH_PART, MONTH, SEASON, YEAR;

    @JsonValue
    public String wire() {
        return Wire.of(this);
    }

    /** The coarser of two precisions, used for an interval whose ends differ in precision. */
    public DatePrecision coarser(DatePrecision other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
