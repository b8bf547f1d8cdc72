package org.ceasefiredata.ceasefire.commitment;

import org.ceasefiredata.ceasefire.kernel.Wire;

import com.fasterxml.jackson.annotation.JsonValue;

/** How a participant stands to a commitment: it made it, or is bound by it. */
public enum PartyRelation {
    MADE_BY, BINDS;

    @JsonValue
    public String wire() {
        return Wire.of(this);
    }
}
