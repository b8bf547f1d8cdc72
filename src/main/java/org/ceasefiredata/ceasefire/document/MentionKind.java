package org.ceasefiredata.ceasefire.document;

import org.ceasefiredata.ceasefire.kernel.Wire;
import org.eclipse.microprofile.graphql.Description;

import com.fasterxml.jackson.annotation.JsonValue;

/** What an automatically found mention refers to. */
@Description("What an automatically found mention refers to.")
public enum MentionKind {
    PARTICIPANT, DATE;

    @JsonValue
    public String wire() {
        return Wire.of(this);
    }
}
