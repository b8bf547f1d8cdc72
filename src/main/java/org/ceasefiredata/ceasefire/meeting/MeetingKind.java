package org.ceasefiredata.ceasefire.meeting;

import org.ceasefiredata.ceasefire.kernel.Wire;
import org.eclipse.microprofile.graphql.Description;

import com.fasterxml.jackson.annotation.JsonValue;

/** The format of a meeting in the ceasefire process. */
@Description("The format of a meeting in the ceasefire process.")
public enum MeetingKind {
    NEGOTIATION_ROUND, SUMMIT, MINISTERIAL, BILATERAL, WORKING_GROUP, CONFERENCE, SERIES, OTHER;

    @JsonValue
    public String wire() {
        return Wire.of(this);
    }
}
