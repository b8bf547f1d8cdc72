package org.ceasefiredata.ceasefire.participant;

import org.ceasefiredata.ceasefire.kernel.Wire;
import org.eclipse.microprofile.graphql.Description;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How a name of a participant relates to it: its preferred name or one of its other names in the texts, including a
 * place standing for it (metonym) and a description that refers to it in some documents (reference).
 */
@Description("How a name of a participant relates to it: its preferred name or one of its other names in the texts, including a place standing for it (metonym) and a description that refers to it in some documents (reference).")
public enum NameKind {
    PREFERRED, SHORT_NAME, ABBREVIATION, SPELLING_VARIANT, FORMER_NAME, LATER_NAME, SURNAME, DESCRIPTIVE,
    /** A place standing for the actor: "Moscow" for Russia, "Washington" for the United States. */
    METONYM,
    /** A description that picks the actor out only in the documents that use it: "the task force". */
    REFERENCE;

    @JsonValue
    public String wire() {
        return Wire.of(this);
    }
}
