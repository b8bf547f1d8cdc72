package org.ceasefiredata.ceasefire.kernel;

import org.eclipse.microprofile.graphql.Description;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What a curated judgement or text of the record rests on: what the cited texts state, what the curators inferred from
 * them, or knowledge from outside the corpus; the record's prose says which part is inferred or from outside.
 */
@Description(Docs.BASIS)
public enum Basis {
    STATED, INFERRED, EXTERNAL;

    @JsonValue
    public String wire() {
        return Wire.of(this);
    }
}
