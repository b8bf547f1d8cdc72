package org.ceasefiredata.ceasefire.export;

import org.ceasefiredata.ceasefire.kernel.Wire;

import com.fasterxml.jackson.annotation.JsonValue;

/** The kinds of fact a citation or a claim can support, named as in the exported citations. */
public enum CitedFact {
    PARTICIPANT, PARTICIPANT_NAME, PARTICIPANT_OFFICE, MEMBERSHIP, MEETING, MEETING_PARTICIPANT, COMMITMENT, DEADLINE, STATUS_ASSESSMENT, CLAIM;

    @JsonValue
    public String wire() {
        return Wire.of(this);
    }
}
