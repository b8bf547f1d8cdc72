package org.ceasefiredata.ceasefire.commitment;

/**
 * Descriptions of commitments, deadlines and status assessments, written once for the REST views, the GraphQL types and
 * the OpenAPI document.
 */
public final class CommitmentDocs {

    public static final String COMMITMENT = "Something pledged, agreed, proposed, demanded or endorsed in the ceasefire"
            + " process.";
    public static final String SUMMARY = "What was committed to.";
    public static final String KIND = "How it was made.";
    public static final String STATUS = "Whether it was honoured, per the last assessment (as of the asOf day, when"
            + " given).";
    public static final String DATE = "When it was made, as precisely as the sources allow.";
    public static final String MEETING = "The meeting where it was made.";
    public static final String MADE_BY = "Who made it.";
    public static final String BINDS = "Who it binds.";
    public static final String CITATIONS = "Evidence for the commitment.";

    public static final String DEADLINE = "A target date or time limit of the ceasefire process, absolute ('Feb. 25') or"
            + " relative ('within six months' of an anchor).";
    public static final String DEADLINE_DESCRIPTION = "What is due.";
    public static final String EXPRESSION = "The source's words for the time limit.";
    public static final String DEADLINE_TYPE = "absolute: the sources name the date; relative: an offset from an"
            + " anchor.";
    public static final String DUE = "The window of days the deadline falls in (for a relative one: the anchor's window"
            + " moved by the offset).";
    public static final String ANCHOR = "Relative deadlines: the date window it counts from.";
    public static final String ANCHOR_EVENT = "Relative deadlines: what the anchor is.";
    public static final String OFFSET = "Relative deadlines: the ISO 8601 period added to the anchor (P6M for 'within six"
            + " months'); for a vague expression, the range of periods it may mean, two periods joined by '/' (P1D/P7D for"
            + " 'in the coming days', -P12M/-P2M for 'months ago'), the due window spanning both.";
    public static final String DEADLINE_COMMITMENT = "The commitment it belongs to.";
    public static final String DEADLINE_MEETING = "The meeting that set it.";
    public static final String SET_BY = "Who set it.";
    public static final String DEADLINE_CITATIONS = "Evidence for the deadline.";
    public static final String DEADLINE_STATUS = "Whether it was met, per the last assessment (as of the asOf day, when"
            + " given).";

    public static final String ASSESSMENT_STATUS = "The status as assessed (commitments: pending, kept, partly-kept,"
            + " broken, superseded, unknown; deadlines: met, missed, pending, superseded, unknown).";
    public static final String ASSESSMENT_NOTE = "Why, in brief.";
    public static final String ASSESSMENT_AS_OF = "The day the assessment is as of: the publication date of its latest"
            + " cited source, as precisely as known (a window when that date is one). As of a day (asOf) an assessment is"
            + " shown once the last day of this window has come, so it never shows what a later text brought; null when"
            + " a cited source is undated.";
    public static final String ASSESSMENT_CITATIONS = "Evidence for the assessment.";
    public static final String HISTORY = "Status assessments, oldest first (as of the asOf day: those all of whose sources"
            + " were published by then).";

    private CommitmentDocs() {
    }
}
