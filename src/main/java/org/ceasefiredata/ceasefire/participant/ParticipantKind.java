package org.ceasefiredata.ceasefire.participant;

import org.ceasefiredata.ceasefire.kernel.Wire;
import org.eclipse.microprofile.graphql.Description;

import com.fasterxml.jackson.annotation.JsonValue;

/** What sort of actor a participant in the ceasefire process is. */
@Description("What sort of actor a participant in the ceasefire process is.")
public enum ParticipantKind {
    STATE, GOVERNMENT, INTERNATIONAL_ORGANIZATION, COALITION, WORKING_GROUP, TASK_FORCE, PERSON, ARMED_GROUP, OPPOSITION, OTHER;

    @JsonValue
    public String wire() {
        return Wire.of(this);
    }
}
