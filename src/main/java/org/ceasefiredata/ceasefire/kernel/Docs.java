package org.ceasefiredata.ceasefire.kernel;

/**
 * Descriptions shared by several fields of the APIs (filters, lists, dates, evidence), written once: the REST
 * parameters and views, the GraphQL arguments, input fields and types, and the OpenAPI document all use these
 * constants. Descriptions of one family of records stand next to its records ({@code commitment/CommitmentDocs},
 * {@code evidence/EvidenceDocs}, ...).
 */
public final class Docs {

    public static final String AS_OF = "Answer as known on this day: only facts supported by sources published on or before it, statuses as assessed then, and nested records likewise. Any date precision (2016, 2016-07, 2016-07-31); the last day of the period counts.";
    public static final String FROM = "Start of a date window (its first day counts; any precision: 2016, 2016-02, 2016-02-12, 2015-fall). A record matches if its own date window overlaps.";
    public static final String TO = "End of a date window (its last day counts; any precision).";
    public static final String PARTICIPANT = "Participants by slug or by any of their names (any of them).";
    public static final String SLUG = "Only these records (batch lookup by slug).";
    public static final String SLUG_FIELD = "Stable identifier, used in URLs.";
    public static final String CLAIMS = "Statements of single sources where sources differ.";

    /** The three values of a {@link Basis}, for the descriptions of the {@code basis} fields of each kind of record. */
    private static final String BASIS_VALUES = ": stated by the cited texts, inferred from them by the curators, or"
            + " external (knowledge from outside the corpus); the prose says which part is inferred or external.";
    public static final String BASIS = "What a curated judgement or text rests on" + BASIS_VALUES;
    public static final String BASIS_OF_DOCUMENT = "What the publication date and publishedBasis rest on" + BASIS_VALUES;
    public static final String BASIS_OF_PARTICIPANT = "What the description rests on" + BASIS_VALUES;
    public static final String BASIS_OF_MEETING = "What the date, status and outcome rest on" + BASIS_VALUES;
    public static final String BASIS_OF_COMMITMENT = "What the summary rests on" + BASIS_VALUES;
    public static final String BASIS_OF_DEADLINE = "What the description and the due window rest on" + BASIS_VALUES;
    public static final String BASIS_OF_ASSESSMENT = "What the status and the note rest on" + BASIS_VALUES;
    public static final String BASIS_OF_CLAIM = "What the value rests on" + BASIS_VALUES;

    public static final String SEGMENT_KIND = "Why a part of a source text was set apart from its cleaned text: a caption,"
            + " a photo credit, outlet boilerplate, a teaser, layout residue, or a duplicate of the body.";

    public static final String PARTIAL_DATE = "A date as precise as the sources allow: the expression, the window of days"
            + " it covers (inclusive) and its precision.";
    public static final String DATE_VALUE = "The date as written: a day, a month part (2016-08-late), a month, a season"
            + " (2015-fall), a year, or an interval of two of these joined by '/'.";
    public static final String DATE_EARLIEST = "First day the date can be.";
    public static final String DATE_LATEST = "Last day the date can be.";
    public static final String DATE_PRECISION = "How exact the date is (for an interval: its coarser end).";

    private Docs() {
    }
}
