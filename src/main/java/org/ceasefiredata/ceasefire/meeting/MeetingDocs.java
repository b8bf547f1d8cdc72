package org.ceasefiredata.ceasefire.meeting;

/** Descriptions of meetings, written once for the REST views, the GraphQL types and the OpenAPI document. */
public final class MeetingDocs {

    public static final String MEETING = "A meeting, negotiation round, summit, ministerial session or bilateral talk of"
            + " the ceasefire process.";
    public static final String TITLE = "What the meeting was.";
    public static final String KIND = "Format of the meeting.";
    public static final String STATUS = "Whether it took place, failed, or was planned or proposed.";
    public static final String PLACE = "City or venue; not given when the sources do not say.";
    public static final String COUNTRY = "Country of the place.";
    public static final String DATE = "When, as precisely as the sources allow; not given when they do not say.";
    public static final String OUTCOME = "What came of it, in brief.";
    public static final String PART_OF = "The series or process the meeting belongs to.";
    public static final String CITATIONS = "Evidence that the meeting took place (or was planned) as described.";
    public static final String CLAIMS = "Statements of single sources where sources differ (e.g. on duration).";

    public static final String PARTICIPATION = "A participant at a meeting and the role it played there, with the"
            + " evidence for it.";
    public static final String PARTICIPATION_ROLE = "The part it played at the meeting.";
    public static final String PARTICIPATION_MEETING = "The meeting.";
    public static final String PARTICIPATION_CITATIONS = "Evidence for the participation and role.";

    private MeetingDocs() {
    }
}
