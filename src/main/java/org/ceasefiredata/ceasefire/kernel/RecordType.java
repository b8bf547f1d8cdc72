package org.ceasefiredata.ceasefire.kernel;

import org.eclipse.microprofile.graphql.Description;

/** The kinds of record of the dataset, as GraphQL arguments and fields name them. */
@Description("A kind of record of the dataset.")
public enum RecordType {
    MEETING, PARTICIPANT, COMMITMENT, DEADLINE, DOCUMENT;

    /** The REST spelling ({@code meeting}). */
    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static RecordType ofWire(String wire) {
        return valueOf(wire.toUpperCase(java.util.Locale.ROOT));
    }
}
