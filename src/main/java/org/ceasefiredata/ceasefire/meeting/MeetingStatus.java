package org.ceasefiredata.ceasefire.meeting;

import org.ceasefiredata.ceasefire.kernel.Wire;
import org.eclipse.microprofile.graphql.Description;

import com.fasterxml.jackson.annotation.JsonValue;

/** Whether a meeting took place, broke down, or was only planned or proposed. */
@Description("Whether a meeting took place, broke down, or was only planned or proposed.")
public enum MeetingStatus {
    HELD, FAILED, PLANNED, PROPOSED, SUSPENDED, CANCELLED;

    @JsonValue
    public String wire() {
        return Wire.of(this);
    }
}
