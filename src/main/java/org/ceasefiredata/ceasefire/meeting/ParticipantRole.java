package org.ceasefiredata.ceasefire.meeting;

import org.ceasefiredata.ceasefire.source.Wire;

import com.fasterxml.jackson.annotation.JsonValue;

/** The part a participant played at a meeting. */
public enum ParticipantRole {
    CO_CHAIR, CHAIR, CONVENER, MEDIATOR, PARTY, ATTENDEE, OBSERVER, EXCLUDED_PARTY, HOST;

    @JsonValue
    public String wire() {
        return Wire.of(this);
    }
}
