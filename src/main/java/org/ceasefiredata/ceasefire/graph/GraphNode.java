package org.ceasefiredata.ceasefire.graph;

import java.time.LocalDate;
import java.util.Map;

/**
 * An object of the GraphQL graph whose relations were loaded ahead of execution by {@link Assembler}: each relation
 * field's value is kept under the field's result key (its alias, or its name), and the engine only reads it back.
 */
public interface GraphNode {

    /** The relations loaded for this object, by result key. */
    Map<String, Object> related();

    /** The day the object was read as of (null: today); its relations follow it. */
    LocalDate asOf();

    /** A fresh, empty map for {@link #related()}; the assembler fills it on one thread. */
    static Map<String, Object> slots() {
        return new java.util.HashMap<>(8);
    }
}
