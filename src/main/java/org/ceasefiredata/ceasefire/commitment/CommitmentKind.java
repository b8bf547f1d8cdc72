package org.ceasefiredata.ceasefire.commitment;

import org.ceasefiredata.ceasefire.kernel.Wire;
import org.eclipse.microprofile.graphql.Description;

import com.fasterxml.jackson.annotation.JsonValue;

/** How a commitment was made: pledged, agreed, proposed, demanded, endorsed or decided. */
@Description("How a commitment was made: pledged, agreed, proposed, demanded, endorsed or decided.")
public enum CommitmentKind {
    PLEDGE, AGREEMENT, PROPOSAL, DEMAND, ENDORSEMENT, DECISION;

    @JsonValue
    public String wire() {
        return Wire.of(this);
    }
}
