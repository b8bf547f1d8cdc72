package org.ceasefiredata.ceasefire.participant;

/** Descriptions of participants and their names, written once for the REST views, the GraphQL types and OpenAPI. */
public final class ParticipantDocs {

    public static final String PARTICIPANT = "A state, organization, group, person or armed group in the ceasefire"
            + " process.";
    public static final String KIND = "What sort of actor it is.";
    public static final String NAME = "Preferred name.";
    public static final String DESCRIPTION = "Who or what it is, in brief.";
    public static final String NAMES = "Every name it goes by in the texts, the preferred one first.";

    public static final String NAME_TYPE = "A name a participant goes by, and how it relates to it.";
    public static final String NAME_NAME = "The name as spelt in the texts.";
    public static final String NAME_KIND = "How the name relates to the participant.";
    public static final String NAME_SINCE = "Since when, for a new name.";

    public static final String OFFICE = "An office a person held at the time of the texts.";
    public static final String OFFICE_TITLE = "The office.";
    public static final String OFFICE_DURING = "When, as far as the sources say.";
    public static final String OFFICE_CITATIONS = "Evidence for the office.";

    public static final String MEMBERSHIP = "A participant's place in a group (e.g. the International Syria Support"
            + " Group), since when the texts say.";
    public static final String MEMBER = "The member.";
    public static final String GROUP = "The group.";
    public static final String MEMBERSHIP_ROLE = "Its place in the group.";
    public static final String MEMBERSHIP_SINCE = "Since when, as far as the sources say.";
    public static final String MEMBERSHIP_CITATIONS = "Evidence for the membership.";

    private ParticipantDocs() {
    }
}
