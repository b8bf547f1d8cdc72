package org.ceasefiredata.ceasefire.commitment;

import org.ceasefiredata.ceasefire.kernel.Wire;
import org.eclipse.microprofile.graphql.Description;

import com.fasterxml.jackson.annotation.JsonValue;

/** Whether a commitment was honoured, as the sources assess it. */
@Description("Whether a commitment was honoured, as the sources assess it.")
public enum CommitmentStatus {
    PENDING, KEPT, PARTLY_KEPT, BROKEN, SUPERSEDED, UNKNOWN;

    @JsonValue
    public String wire() {
        return Wire.of(this);
    }
}
