package org.ceasefiredata.ceasefire.participant;

import org.ceasefiredata.ceasefire.kernel.Wire;
import org.eclipse.microprofile.graphql.Description;

import com.fasterxml.jackson.annotation.JsonValue;

/** How a name of a participant relates to it: its preferred name or one of its other names in the texts. */
@Description("How a name of a participant relates to it: its preferred name or one of its other names in the texts.")
public enum NameKind {
    PREFERRED, SHORT_NAME, ABBREVIATION, SPELLING_VARIANT, FORMER_NAME, LATER_NAME, SURNAME, DESCRIPTIVE;

    @JsonValue
    public String wire() {
        return Wire.of(this);
    }
}
