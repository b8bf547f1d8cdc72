package org.ceasefiredata.ceasefire.kernel;

/**
 * Descriptions shared by several fields of the APIs (filters, lists), written once: the REST parameters, the GraphQL
 * arguments and input fields, and the OpenAPI document all use these constants.
 */
public final class Docs {

    public static final String AS_OF = "Answer as known on this day: only facts supported by sources published on or before it, statuses as assessed then, and nested records likewise. Any date precision (2016, 2016-07, 2016-07-31); the last day of the period counts.";
    public static final String FROM = "Start of a date window (its first day counts; any precision: 2016, 2016-02, 2016-02-12, 2015-fall). A record matches if its own date window overlaps.";
    public static final String TO = "End of a date window (its last day counts; any precision).";
    public static final String PARTICIPANT = "Participants by slug or by any of their names (any of them).";
    public static final String SLUG = "Only these records (batch lookup by slug).";
    public static final String SLUG_FIELD = "Stable identifier, used in URLs.";

    private Docs() {
    }
}
