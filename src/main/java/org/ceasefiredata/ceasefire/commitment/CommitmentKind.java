package org.ceasefiredata.ceasefire.commitment;

import org.ceasefiredata.ceasefire.kernel.Wire;
import org.eclipse.microprofile.graphql.Description;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How a commitment was made: pledged, agreed, proposed, demanded, endorsed or decided; or only hoped for (aim) or declared
 * as a position or readiness (declaration), which promise nothing.
 */
@Description("How a commitment was made: pledged, agreed, proposed, demanded, endorsed or decided; or only hoped for (aim) or declared as a position or readiness (declaration), which promise nothing.")
public enum CommitmentKind {
    PLEDGE, AGREEMENT, PROPOSAL, DEMAND, ENDORSEMENT, DECISION,
    /** A goal someone hopes or aims to reach ("had hoped to restart the talks in late August"), not a promise. */
    AIM,
    /** A stated position or readiness ("said it was ready for further peace talks"), not a promise. */
    DECLARATION;

    @JsonValue
    public String wire() {
        return Wire.of(this);
    }
}
