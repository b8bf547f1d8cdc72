package org.ceasefiredata.ceasefire.export;

import java.time.LocalDate;

import org.ceasefiredata.ceasefire.commitment.CommitmentKind;
import org.ceasefiredata.ceasefire.commitment.CommitmentStatus;
import org.ceasefiredata.ceasefire.commitment.DeadlineStatus;
import org.ceasefiredata.ceasefire.commitment.PartyRelation;
import org.ceasefiredata.ceasefire.document.MentionKind;
import org.ceasefiredata.ceasefire.kernel.DatePrecision;
import org.ceasefiredata.ceasefire.meeting.MeetingKind;
import org.ceasefiredata.ceasefire.meeting.MeetingStatus;
import org.ceasefiredata.ceasefire.meeting.ParticipantRole;
import org.ceasefiredata.ceasefire.participant.MembershipRole;
import org.ceasefiredata.ceasefire.participant.NameKind;
import org.ceasefiredata.ceasefire.participant.ParticipantKind;

/**
 * The rows of the exported tables, one record per table: the single declaration of their columns (names, types,
 * descriptions, keys) from which the CSV headers, the Table Schemas and the JSON Schema of dataset.json are made.
 * Records with a slug are keyed by it; the others by an {@code id} numbered in the table's sort order (so that the same
 * seeds give the same ids, whatever the database).
 */
public final class ExportRows {

    private ExportRows() {
    }

    static final String DATE = "The date as curated (a day, month part, month, season, year or an interval of two), e.g. 2015-fall.";
    static final String EARLIEST = "First day of the date window (ISO 8601).";
    static final String LATEST = "Last day of the date window (ISO 8601).";
    static final String PRECISION = "How exact the date is.";
    static final String EXPORT_ID = "Row number in this table's sort order: stable for the same seeds.";

    @Table(name = "documents", value = "Source documents: metadata and the SHA-256 of the original text (the texts themselves are in seeds/ and at /api/v1/documents/{slug}).", primaryKey = "slug")
    public record DocumentRow(
            @Column(value = "Document slug.", required = true) String slug,
            @Column(value = "File name of the text in seeds/.", required = true) String fileName,
            @Column(value = "SHA-256 (hex) of the original text; citation offsets index this exact text.", required = true) String sha256,
            @Column("Headline.") String title,
            @Column("Publishing outlet.") String outlet,
            @Column("News agency, when the outlet carried agency copy.") String agency,
            @Column("Where the text was published.") String url,
            @Column("Language (BCP 47).") String language,
            @Column(DATE) String published,
            @Column(EARLIEST) LocalDate publishedEarliest,
            @Column(LATEST) LocalDate publishedLatest,
            @Column(value = PRECISION, vocabulary = DatePrecision.class) String publishedPrecision,
            @Column("How the publication date was established when the text does not state it.") String publishedBasis,
            @Column("Dateline of the text.") String dateline,
            @Column("Curator's notes.") String notes,
            @Column(value = "True when the document's annotations were curated by hand.", required = true) Boolean curated) {
    }

    @Table(name = "participants", value = "States, organizations, groups and people taking part in the process.", primaryKey = "slug")
    public record ParticipantRow(
            @Column(value = "Participant slug.", required = true) String slug,
            @Column(value = "Kind of participant.", required = true, vocabulary = ParticipantKind.class) String kind,
            @Column(value = "Preferred name.", required = true) String name,
            @Column("Short description.") String description) {
    }

    @Table(name = "participant_names", value = "Every name a participant is known by (aliases, spellings, abbreviations).", primaryKey = "id")
    public record ParticipantNameRow(
            @Column(value = EXPORT_ID, required = true) Long id,
            @Column(value = "The participant.", required = true, references = "participants") String participant,
            @Column(value = "The name.", required = true) String name,
            @Column(value = "Kind of name.", required = true, vocabulary = NameKind.class) String kind,
            @Column("Since when the name is used, as curated.") String since,
            @Column(EARLIEST) LocalDate sinceEarliest,
            @Column(LATEST) LocalDate sinceLatest,
            @Column(value = PRECISION, vocabulary = DatePrecision.class) String sincePrecision) {
    }

    @Table(name = "participant_offices", value = "Offices people held (minister of, envoy of).", primaryKey = "id")
    public record ParticipantOfficeRow(
            @Column(value = EXPORT_ID, required = true) Long id,
            @Column(value = "The office holder.", required = true, references = "participants") String participant,
            @Column(value = "Title of the office.", required = true) String title,
            @Column(value = "The organization or state of the office.", references = "participants") String organization,
            @Column("When the office was held, as curated.") String during,
            @Column(EARLIEST) LocalDate duringEarliest,
            @Column(LATEST) LocalDate duringLatest,
            @Column(value = PRECISION, vocabulary = DatePrecision.class) String duringPrecision) {
    }

    @Table(name = "memberships", value = "Membership of participants in groups (the ISSG, its task forces, coalitions).", primaryKey = "id")
    public record MembershipRow(
            @Column(value = EXPORT_ID, required = true) Long id,
            @Column(value = "The member.", required = true, references = "participants") String member,
            @Column(value = "The group.", required = true, references = "participants") String group,
            @Column(value = "Role in the group.", required = true, vocabulary = MembershipRole.class) String role,
            @Column("Since when, as curated.") String since,
            @Column(EARLIEST) LocalDate sinceEarliest,
            @Column(LATEST) LocalDate sinceLatest,
            @Column(value = PRECISION, vocabulary = DatePrecision.class) String sincePrecision) {
    }

    @Table(name = "meetings", value = "Meetings, negotiation rounds, summits, ministerial sessions and bilateral talks.", primaryKey = "slug")
    public record MeetingRow(
            @Column(value = "Meeting slug.", required = true) String slug,
            @Column(value = "Title.", required = true) String title,
            @Column(value = "Kind of meeting.", required = true, vocabulary = MeetingKind.class) String kind,
            @Column(value = "Whether it was held, failed, planned...", required = true, vocabulary = MeetingStatus.class) String status,
            @Column("Place.") String place,
            @Column("Country.") String country,
            @Column(DATE) String date,
            @Column(EARLIEST) LocalDate dateEarliest,
            @Column(LATEST) LocalDate dateLatest,
            @Column(value = PRECISION, vocabulary = DatePrecision.class) String datePrecision,
            @Column(value = "The series this meeting is part of.", references = "meetings") String partOf,
            @Column("Outcome, as reported.") String outcome) {
    }

    @Table(name = "meeting_participants", value = "Who took part in which meeting, in which role.", primaryKey = "id")
    public record MeetingParticipantRow(
            @Column(value = EXPORT_ID, required = true) Long id,
            @Column(value = "The meeting.", required = true, references = "meetings") String meeting,
            @Column(value = "The participant.", required = true, references = "participants") String participant,
            @Column(value = "Role at the meeting.", required = true, vocabulary = ParticipantRole.class) String role) {
    }

    @Table(name = "commitments", value = "What was pledged, agreed, proposed, demanded or decided.", primaryKey = "slug")
    public record CommitmentRow(
            @Column(value = "Commitment slug.", required = true) String slug,
            @Column(value = "What was committed to.", required = true) String summary,
            @Column(value = "Kind of commitment.", required = true, vocabulary = CommitmentKind.class) String kind,
            @Column(value = "The meeting where it was made.", references = "meetings") String meeting,
            @Column(DATE) String date,
            @Column(EARLIEST) LocalDate dateEarliest,
            @Column(LATEST) LocalDate dateLatest,
            @Column(value = PRECISION, vocabulary = DatePrecision.class) String datePrecision,
            @Column(value = "Current status (the last assessment).", required = true, vocabulary = CommitmentStatus.class) String status) {
    }

    @Table(name = "commitment_parties", value = "Who made each commitment and whom it binds.", primaryKey = "id")
    public record CommitmentPartyRow(
            @Column(value = EXPORT_ID, required = true) Long id,
            @Column(value = "The commitment.", required = true, references = "commitments") String commitment,
            @Column(value = "The participant.", required = true, references = "participants") String participant,
            @Column(value = "made-by or binds.", required = true, vocabulary = PartyRelation.class) String relation) {
    }

    @Table(name = "deadlines", value = "Target dates and time limits, absolute or relative to an anchor.", primaryKey = "slug")
    public record DeadlineRow(
            @Column(value = "Deadline slug.", required = true) String slug,
            @Column(value = "What is due.", required = true) String description,
            @Column(value = "The expression in the source (\"within a month\").", required = true) String expression,
            @Column(value = "The commitment it belongs to.", references = "commitments") String commitment,
            @Column(value = "The meeting that set it.", references = "meetings") String meeting,
            @Column("Due date as curated.") String due,
            @Column(EARLIEST) LocalDate dueEarliest,
            @Column(LATEST) LocalDate dueLatest,
            @Column(value = PRECISION, vocabulary = DatePrecision.class) String duePrecision,
            @Column("Anchor date of a relative deadline, as curated.") String anchor,
            @Column(EARLIEST) LocalDate anchorEarliest,
            @Column(LATEST) LocalDate anchorLatest,
            @Column(value = PRECISION, vocabulary = DatePrecision.class) String anchorPrecision,
            @Column("The event the anchor date is.") String anchorEvent,
            @Column("Offset from the anchor (ISO 8601 period, e.g. P1M).") String offsetPeriod,
            @Column(value = "Current status (the last assessment).", required = true, vocabulary = DeadlineStatus.class) String status) {
    }

    @Table(name = "deadline_setters", value = "Who set each deadline.", primaryKey = "id")
    public record DeadlineSetterRow(
            @Column(value = EXPORT_ID, required = true) Long id,
            @Column(value = "The deadline.", required = true, references = "deadlines") String deadline,
            @Column(value = "The participant.", required = true, references = "participants") String participant) {
    }

    @Table(name = "status_assessments", value = "Status history of commitments and deadlines, oldest first.", primaryKey = "id")
    public record StatusAssessmentRow(
            @Column(value = EXPORT_ID, required = true) Long id,
            @Column(value = "The commitment assessed (or empty).", references = "commitments") String commitment,
            @Column(value = "The deadline assessed (or empty).", references = "deadlines") String deadline,
            @Column(value = "Order in the history, from 0.", required = true) Long position,
            @Column(value = "Status assessed (a commitment or deadline status).", required = true) String status,
            @Column("Why.") String note) {
    }

    @Table(name = "claims", value = "Claims reported about a record (figures, positions), each with its citations.", primaryKey = "id")
    public record ClaimRow(
            @Column(value = EXPORT_ID, required = true) Long id,
            @Column(value = "The participant the claim is about (or empty).", references = "participants") String participant,
            @Column(value = "The meeting the claim is about (or empty).", references = "meetings") String meeting,
            @Column(value = "The commitment the claim is about (or empty).", references = "commitments") String commitment,
            @Column(value = "The deadline the claim is about (or empty).", references = "deadlines") String deadline,
            @Column(value = "What the claim is about.", required = true) String about,
            @Column(value = "What is claimed.", required = true) String value) {
    }

    @Table(name = "citations", value = "The evidence of every fact: a quote of a source document with its code-point offsets; exactly one of the fact columns is set.", primaryKey = "id")
    public record CitationRow(
            @Column(value = EXPORT_ID, required = true) Long id,
            @Column(value = "Which kind of fact the citation supports (names the fact column that is set).", required = true, vocabulary = CitedFact.class) String fact,
            @Column(value = "The document quoted.", required = true, references = "documents") String document,
            @Column(value = "The exact words of the original text.", required = true) String quote,
            @Column(value = "Start offset in the original text (Unicode code points, inclusive).", required = true) Long start,
            @Column(value = "End offset in the original text (Unicode code points, exclusive).", required = true) Long end,
            @Column(value = "SHA-256 of the document text the offsets index.", required = true) String documentSha256,
            @Column(value = "Fact: the participant.", references = "participants") String participant,
            @Column(value = "Fact: a participant's name.", references = "participant_names") Long participantNameId,
            @Column(value = "Fact: an office.", references = "participant_offices") Long participantOfficeId,
            @Column(value = "Fact: a membership.", references = "memberships") Long membershipId,
            @Column(value = "Fact: the meeting.", references = "meetings") String meeting,
            @Column(value = "Fact: a participation in a meeting (with its role).", references = "meeting_participants") Long meetingParticipantId,
            @Column(value = "Fact: the commitment.", references = "commitments") String commitment,
            @Column(value = "Fact: the deadline.", references = "deadlines") String deadline,
            @Column(value = "Fact: a status assessment.", references = "status_assessments") Long statusAssessmentId,
            @Column(value = "Fact: a claim.", references = "claims") Long claimId) {
    }

    @Table(name = "mentions", value = "Participants and date expressions found automatically in the documents.", primaryKey = "id")
    public record MentionRow(
            @Column(value = EXPORT_ID, required = true) Long id,
            @Column(value = "The document.", required = true, references = "documents") String document,
            @Column(value = "participant or date.", required = true, vocabulary = MentionKind.class) String kind,
            @Column(value = "The words found.", required = true) String text,
            @Column(value = "Start offset in the original text (code points, inclusive).", required = true) Long start,
            @Column(value = "End offset in the original text (code points, exclusive).", required = true) Long end,
            @Column(value = "Start offset in the cleaned text (code points, inclusive).", required = true) Long cleanStart,
            @Column(value = "End offset in the cleaned text (code points, exclusive).", required = true) Long cleanEnd,
            @Column(value = "The participant named (participant mentions).", references = "participants") String participant,
            @Column("absolute or relative (date mentions).") String dateKind,
            @Column("The date meant, as an expression (date mentions).") String date,
            @Column(EARLIEST) LocalDate dateEarliest,
            @Column(LATEST) LocalDate dateLatest,
            @Column(value = PRECISION, vocabulary = DatePrecision.class) String datePrecision,
            @Column("How a relative date was resolved.") String dateBasis) {
    }
}
