package org.ceasefiredata.ceasefire.commitment;

import org.ceasefiredata.ceasefire.kernel.Wire;
import org.eclipse.microprofile.graphql.Description;

import com.fasterxml.jackson.annotation.JsonValue;

/** Whether a deadline was met, as the sources assess it. */
@Description("Whether a deadline was met, as the sources assess it.")
public enum DeadlineStatus {
    MET, MISSED, PENDING, SUPERSEDED, UNKNOWN;

    @JsonValue
    public String wire() {
        return Wire.of(this);
    }
}
