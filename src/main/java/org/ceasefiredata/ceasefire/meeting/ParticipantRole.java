package org.ceasefiredata.ceasefire.meeting;

import org.ceasefiredata.ceasefire.kernel.Wire;
import org.eclipse.microprofile.graphql.Description;

import com.fasterxml.jackson.annotation.JsonValue;

/** The part a participant played at a meeting. */
@Description("The part a participant played at a meeting.")
public enum ParticipantRole {
    CO_CHAIR, CHAIR, CONVENER, MEDIATOR, PARTY, ATTENDEE, OBSERVER, EXCLUDED_PARTY, HOST;

    @JsonValue
    public String wire() {
        return Wire.of(this);
    }
}
