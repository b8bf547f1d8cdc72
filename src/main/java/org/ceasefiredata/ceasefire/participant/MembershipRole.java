package org.ceasefiredata.ceasefire.participant;

import org.ceasefiredata.ceasefire.kernel.Wire;
import org.eclipse.microprofile.graphql.Description;

import com.fasterxml.jackson.annotation.JsonValue;

/** The place of a member in a group such as the International Syria Support Group. */
@Description("The place of a member in a group such as the International Syria Support Group.")
public enum MembershipRole {
    FOUNDING_MEMBER, MEMBER, CO_CHAIR, CHAIR, AFFILIATE, BACKER;

    @JsonValue
    public String wire() {
        return Wire.of(this);
    }
}
