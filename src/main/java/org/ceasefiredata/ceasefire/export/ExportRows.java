package org.ceasefiredata.ceasefire.export;

import java.time.LocalDate;
import java.util.UUID;

import org.ceasefiredata.ceasefire.commitment.CommitmentDocs;
import org.ceasefiredata.ceasefire.commitment.CommitmentKind;
import org.ceasefiredata.ceasefire.commitment.CommitmentStatus;
import org.ceasefiredata.ceasefire.commitment.DeadlineStatus;
import org.ceasefiredata.ceasefire.commitment.PartyRelation;
import org.ceasefiredata.ceasefire.document.DocumentDocs;
import org.ceasefiredata.ceasefire.document.MentionKind;
import org.ceasefiredata.ceasefire.evidence.EvidenceDocs;
import org.ceasefiredata.ceasefire.kernel.Basis;
import org.ceasefiredata.ceasefire.kernel.DatePrecision;
import org.ceasefiredata.ceasefire.kernel.DateType;
import org.ceasefiredata.ceasefire.kernel.Docs;
import org.ceasefiredata.ceasefire.kernel.SegmentKind;
import org.ceasefiredata.ceasefire.meeting.MeetingKind;
import org.ceasefiredata.ceasefire.meeting.MeetingStatus;
import org.ceasefiredata.ceasefire.meeting.ParticipantRole;
import org.ceasefiredata.ceasefire.participant.MembershipRole;
import org.ceasefiredata.ceasefire.participant.NameKind;
import org.ceasefiredata.ceasefire.participant.ParticipantKind;

/**
 * The rows of the exported tables, one record per table: the single declaration of their columns (names, types,
 * descriptions, keys, vocabularies) from which the CSV headers, the Table Schemas, schema.sql, the Parquet types and
 * the JSON Schema of dataset.json are made. Records with a slug are keyed by it; the others by an {@code id} derived
 * from their natural key ({@link StableId}). No column name is an SQL reserved word. Columns added in a minor version of
 * the format come last in their table, so that a reader of the earlier columns by position is not broken. Descriptions
 * of fields the APIs also serve are the APIs' own ({@link Docs} and the family's *Docs).
 */
public final class ExportRows {

    private ExportRows() {
    }

    static final String DATE_VALUE = "The date as curated: a day (2016-02-12), a third of a month (2016-08-late), a month "
            + "(2016-02), a season (2015-fall), a year, or an interval of two of these (2016-08/2016-09-early); "
            + "the _earliest and _latest columns give the window of days it covers.";
    static final String EARLIEST = "First day of the date window (ISO 8601).";
    static final String LATEST = "Last day of the date window (ISO 8601, inclusive).";
    static final String PRECISION = "How exact the curated date is: day, month-part (a third of a month), month, season "
            + "or year. For an interval it is the precision of the coarser end, so the window can span several of these "
            + "units (2016-08/2016-09-early is month and covers 41 days; 2015-fall/2015-12 is season and covers four "
            + "months): to place a date in a calendar period, compare the _earliest and _latest columns, not the precision.";
    /** Replaced by {@link ExportTable#of} with the derivation of the table's ids. */
    static final String STABLE_ID = "Stable key of the row.";
    static final String START = "Start offset in the document's original text (Unicode code points, from 0, inclusive).";
    static final String END = "End offset in the document's original text (Unicode code points, exclusive).";

    @Table(name = "documents", value = "Source documents: metadata and the SHA-256 of the original text (the texts "
            + "themselves are in seeds/ and at /api/v1/documents/{slug}). One row per document.", primaryKey = "slug")
    public record DocumentRow(
            @Column(value = "Document slug.", required = true) String slug,
            @Column(value = "File name of the text in seeds/.", required = true) String fileName,
            @Column(value = "SHA-256 (hex) of the original text; citation offsets index this exact text.", required = true) String sha256,
            @Column("Headline.") String title,
            @Column("Publishing outlet.") String outlet,
            @Column("News agency, when the outlet carried agency copy.") String agency,
            @Column("Where the text was published.") String url,
            @Column("Language of the text (BCP 47 tag, e.g. en).") String languageTag,
            @Column(DATE_VALUE) String publishedValue,
            @Column(EARLIEST) LocalDate publishedEarliest,
            @Column(LATEST) LocalDate publishedLatest,
            @Column(value = PRECISION, vocabulary = DatePrecision.class) String publishedPrecision,
            @Column("How the publication date was established when the text does not state it.") String publishedBasis,
            @Column("Dateline of the text.") String dateline,
            @Column("Curator's notes.") String notes,
            @Column(value = "True when the document's annotations were curated by hand.", required = true) Boolean curated,
            @Column(value = Docs.BASIS_OF_DOCUMENT, required = true, vocabulary = Basis.class) String basis) {
    }

    @Table(name = "participants", value = "States, organizations, groups and people taking part in the process. One row "
            + "per participant.", primaryKey = "slug")
    public record ParticipantRow(
            @Column(value = "Participant slug.", required = true) String slug,
            @Column(value = "Kind of participant.", required = true, vocabulary = ParticipantKind.class) String kind,
            @Column(value = "Preferred name.", required = true) String name,
            @Column("Short description.") String description,
            @Column(value = Docs.BASIS_OF_PARTICIPANT, required = true, vocabulary = Basis.class) String basis) {
    }

    @Table(name = "participant_names", value = "Every name a participant is known by (aliases, spellings, "
            + "abbreviations). One row per participant and name.", primaryKey = "id", naturalKey = {"participant", "name"})
    public record ParticipantNameRow(
            @Column(value = STABLE_ID, required = true) UUID id,
            @Column(value = "The participant.", required = true, references = "participants") String participant,
            @Column(value = "The name.", required = true) String name,
            @Column(value = "Kind of name.", required = true, vocabulary = NameKind.class) String kind,
            @Column("Since when the name is used, as curated. " + DATE_VALUE) String sinceValue,
            @Column(EARLIEST) LocalDate sinceEarliest,
            @Column(LATEST) LocalDate sinceLatest,
            @Column(value = PRECISION, vocabulary = DatePrecision.class) String sincePrecision) {
    }

    @Table(name = "participant_offices", value = "Offices people held (minister of, envoy of). One row per office "
            + "holder, title, organization and period.", primaryKey = "id", naturalKey = {"participant", "title",
                    "organization", "during_value"})
    public record ParticipantOfficeRow(
            @Column(value = STABLE_ID, required = true) UUID id,
            @Column(value = "The office holder.", required = true, references = "participants") String participant,
            @Column(value = "Title of the office.", required = true) String title,
            @Column(value = "The organization or state of the office.", references = "participants") String organization,
            @Column("When the office was held, as curated. " + DATE_VALUE) String duringValue,
            @Column(EARLIEST) LocalDate duringEarliest,
            @Column(LATEST) LocalDate duringLatest,
            @Column(value = PRECISION, vocabulary = DatePrecision.class) String duringPrecision) {
    }

    @Table(name = "memberships", value = "Membership of participants in groups (the ISSG, its task forces, coalitions). "
            + "One row per member, group and role.", primaryKey = "id", naturalKey = {"participant", "member_of", "role"})
    public record MembershipRow(
            @Column(value = STABLE_ID, required = true) UUID id,
            @Column(value = "The member.", required = true, references = "participants") String participant,
            @Column(value = "The group it is a member of.", required = true, references = "participants") String memberOf,
            @Column(value = "Role in the group.", required = true, vocabulary = MembershipRole.class) String role,
            @Column("Since when, as curated. " + DATE_VALUE) String sinceValue,
            @Column(EARLIEST) LocalDate sinceEarliest,
            @Column(LATEST) LocalDate sinceLatest,
            @Column(value = PRECISION, vocabulary = DatePrecision.class) String sincePrecision) {
    }

    @Table(name = "meetings", value = "Meetings, negotiation rounds, summits, ministerial sessions and bilateral talks. "
            + "Counting: the table mixes meetings that took place, meetings that failed, were planned, proposed, "
            + "suspended or cancelled, and series rows (is_series: a process such as the intra-Syrian talks, whose rounds "
            + "point to it with part_of; a series is not itself a meeting). To count meetings that took place, filter "
            + "status = 'held' and not is_series.", primaryKey = "slug")
    public record MeetingRow(
            @Column(value = "Meeting slug.", required = true) String slug,
            @Column(value = "Title.", required = true) String title,
            @Column(value = "Kind of meeting (series: a process grouping rounds, see is_series).", required = true, vocabulary = MeetingKind.class) String kind,
            @Column(value = "True for a series row (kind series): a process grouping meetings through their part_of, not a "
                    + "meeting itself; false for a meeting.", required = true) Boolean isSeries,
            @Column(value = "Whether it took place: held (it took place), failed (it convened or was due and broke down or "
                    + "collapsed), planned (scheduled, not yet held in the sources), proposed (suggested, not scheduled), "
                    + "suspended (paused, for a series or a round), cancelled (called off before it took place). Only held "
                    + "meetings took place.", required = true, vocabulary = MeetingStatus.class) String status,
            @Column("Place.") String place,
            @Column("Country.") String country,
            @Column(DATE_VALUE) String dateValue,
            @Column(EARLIEST) LocalDate dateEarliest,
            @Column(LATEST) LocalDate dateLatest,
            @Column(value = PRECISION, vocabulary = DatePrecision.class) String datePrecision,
            @Column(value = "The series this meeting is part of.", references = "meetings") String partOf,
            @Column("Outcome, as reported.") String outcome,
            @Column(value = Docs.BASIS_OF_MEETING, required = true, vocabulary = Basis.class) String basis) {
    }

    @Table(name = "meeting_participants", value = "Who took part in which meeting, in which role (excluded-party: a "
            + "party named as kept out, which did not attend). One row per meeting, participant and role: a participant "
            + "with two roles at one meeting has two rows, so count distinct meetings.", primaryKey = "id", naturalKey = {
                    "meeting", "participant", "role"})
    public record MeetingParticipantRow(
            @Column(value = STABLE_ID, required = true) UUID id,
            @Column(value = "The meeting (or series).", required = true, references = "meetings") String meeting,
            @Column(value = "The participant.", required = true, references = "participants") String participant,
            @Column(value = "Role at the meeting.", required = true, vocabulary = ParticipantRole.class) String role) {
    }

    @Table(name = "commitments", value = "What was pledged, agreed, proposed, demanded, endorsed or decided. One row per "
            + "commitment.", primaryKey = "slug")
    public record CommitmentRow(
            @Column(value = "Commitment slug.", required = true) String slug,
            @Column(value = "What was committed to.", required = true) String summary,
            @Column(value = "Kind of commitment.", required = true, vocabulary = CommitmentKind.class) String kind,
            @Column(value = "The meeting where it was made.", references = "meetings") String meeting,
            @Column("When it was made. " + DATE_VALUE) String dateValue,
            @Column(EARLIEST) LocalDate dateEarliest,
            @Column(LATEST) LocalDate dateLatest,
            @Column(value = PRECISION, vocabulary = DatePrecision.class) String datePrecision,
            @Column(value = "Current status: the last of its status_assessments (unknown when it has none).", required = true, vocabulary = CommitmentStatus.class) String status,
            @Column(value = Docs.BASIS_OF_COMMITMENT, required = true, vocabulary = Basis.class) String basis) {
    }

    @Table(name = "commitment_parties", value = "Who made each commitment and whom it binds. One row per commitment, "
            + "participant and relation.", primaryKey = "id", naturalKey = {"commitment", "participant", "relation"})
    public record CommitmentPartyRow(
            @Column(value = STABLE_ID, required = true) UUID id,
            @Column(value = "The commitment.", required = true, references = "commitments") String commitment,
            @Column(value = "The participant.", required = true, references = "participants") String participant,
            @Column(value = "made-by or binds.", required = true, vocabulary = PartyRelation.class) String relation) {
    }

    @Table(name = "deadlines", value = "Target dates and time limits, absolute or relative to an anchor. One row per "
            + "deadline.", primaryKey = "slug")
    public record DeadlineRow(
            @Column(value = "Deadline slug.", required = true) String slug,
            @Column(value = "What is due.", required = true) String description,
            @Column(value = "The expression in the source (\"within a month\").", required = true) String expression,
            @Column(value = "The commitment it belongs to.", references = "commitments") String commitment,
            @Column(value = "The meeting that set it.", references = "meetings") String meeting,
            @Column("Due date: as curated for an absolute deadline, computed from the anchor and offset for a relative one. "
                    + DATE_VALUE) String dueValue,
            @Column(EARLIEST) LocalDate dueEarliest,
            @Column(LATEST) LocalDate dueLatest,
            @Column(value = PRECISION, vocabulary = DatePrecision.class) String duePrecision,
            @Column("Anchor date of a relative deadline, as curated. " + DATE_VALUE) String anchorValue,
            @Column(EARLIEST) LocalDate anchorEarliest,
            @Column(LATEST) LocalDate anchorLatest,
            @Column(value = PRECISION, vocabulary = DatePrecision.class) String anchorPrecision,
            @Column("The event the anchor date is.") String anchorEvent,
            @Column("Offset from the anchor (ISO 8601 period, e.g. P1M), added to both ends of the anchor's window.") String offsetPeriod,
            @Column(value = "Current status: the last of its status_assessments (unknown when it has none).", required = true, vocabulary = DeadlineStatus.class) String status,
            @Column(value = Docs.BASIS_OF_DEADLINE, required = true, vocabulary = Basis.class) String basis) {
    }

    @Table(name = "deadline_setters", value = "Who set each deadline. One row per deadline and participant.", primaryKey = "id", naturalKey = {
            "deadline", "participant"})
    public record DeadlineSetterRow(
            @Column(value = STABLE_ID, required = true) UUID id,
            @Column(value = "The deadline.", required = true, references = "deadlines") String deadline,
            @Column(value = "The participant.", required = true, references = "participants") String participant) {
    }

    @Table(name = "status_assessments", value = "Status history of commitments and deadlines, oldest first: the last "
            + "assessment of a record is its current status. One row per assessment.", primaryKey = "id", naturalKey = {
                    "commitment", "deadline", "history_position"})
    public record StatusAssessmentRow(
            @Column(value = STABLE_ID, required = true) UUID id,
            @Column(value = "The commitment assessed (or empty).", references = "commitments") String commitment,
            @Column(value = "The deadline assessed (or empty).", references = "deadlines") String deadline,
            @Column(value = "Position in the record's history, from 0 (oldest).", required = true) Long historyPosition,
            @Column(value = "Status assessed: a commitment status (pending, kept, partly-kept, broken, superseded, unknown) "
                    + "or a deadline status (met, missed, pending, superseded, unknown).", required = true, vocabulary = {
                            CommitmentStatus.class, DeadlineStatus.class}) String status,
            @Column("Why.") String note,
            @Column(CommitmentDocs.ASSESSMENT_AS_OF + " " + DATE_VALUE) String asOfValue,
            @Column(EARLIEST) LocalDate asOfEarliest,
            @Column(LATEST) LocalDate asOfLatest,
            @Column(value = PRECISION, vocabulary = DatePrecision.class) String asOfPrecision,
            @Column(value = Docs.BASIS_OF_ASSESSMENT, required = true, vocabulary = Basis.class) String basis){
    }

    @Table(name = "claims", value = "Claims reported about a record (figures, positions, dates) where sources disagree or "
            + "say more than the record, each with its citations. One row per claim.", primaryKey = "id", naturalKey = {
                    "participant", "meeting", "commitment", "deadline", "about", "claimed"})
    public record ClaimRow(
            @Column(value = STABLE_ID, required = true) UUID id,
            @Column(value = "The participant the claim is about (or empty).", references = "participants") String participant,
            @Column(value = "The meeting the claim is about (or empty).", references = "meetings") String meeting,
            @Column(value = "The commitment the claim is about (or empty).", references = "commitments") String commitment,
            @Column(value = "The deadline the claim is about (or empty).", references = "deadlines") String deadline,
            @Column(value = "What aspect of the record the claim is about (e.g. date, duration).", required = true) String about,
            @Column(value = "What is claimed.", required = true) String claimed,
            @Column(value = Docs.BASIS_OF_CLAIM, required = true, vocabulary = Basis.class) String basis) {
    }

    @Table(name = "citations", value = "The evidence of every fact: a quote of a source document with its code-point "
            + "offsets. Exactly one of the fact columns (participant ... claim_id) is set, and fact names it. One row per "
            + "fact, document and quoted range.", primaryKey = "id", naturalKey = {"participant", "participant_name_id",
                    "participant_office_id", "membership_id", "meeting", "meeting_participant_id", "commitment",
                    "deadline", "status_assessment_id", "claim_id", "document", "start_offset", "end_offset"})
    public record CitationRow(
            @Column(value = STABLE_ID, required = true) UUID id,
            @Column(value = "The name of the one fact column that is set, i.e. the kind of fact the citation supports.", required = true, values = {
                    "participant", "participant_name_id", "participant_office_id", "membership_id", "meeting",
                    "meeting_participant_id", "commitment", "deadline", "status_assessment_id", "claim_id"}) String fact,
            @Column(value = "The document quoted.", required = true, references = "documents") String document,
            @Column(value = "The exact words of the original text.", required = true) String quote,
            @Column(value = START, required = true) Long startOffset,
            @Column(value = END, required = true) Long endOffset,
            @Column(value = "SHA-256 of the document text the offsets index.", required = true) String documentSha256,
            @Column(value = "Fact: the participant.", references = "participants") String participant,
            @Column(value = "Fact: a participant's name.", references = "participant_names") UUID participantNameId,
            @Column(value = "Fact: an office.", references = "participant_offices") UUID participantOfficeId,
            @Column(value = "Fact: a membership.", references = "memberships") UUID membershipId,
            @Column(value = "Fact: the meeting.", references = "meetings") String meeting,
            @Column(value = "Fact: a participation in a meeting (with its role).", references = "meeting_participants") UUID meetingParticipantId,
            @Column(value = "Fact: the commitment.", references = "commitments") String commitment,
            @Column(value = "Fact: the deadline.", references = "deadlines") String deadline,
            @Column(value = "Fact: a status assessment.", references = "status_assessments") UUID statusAssessmentId,
            @Column(value = "Fact: a claim.", references = "claims") UUID claimId,
            @Column(value = EvidenceDocs.CLEAN_QUOTE, required = true) String cleanQuote,
            @Column(EvidenceDocs.CLEAN_START) Long cleanStartOffset,
            @Column(EvidenceDocs.CLEAN_END) Long cleanEndOffset,
            @Column(value = EvidenceDocs.SEGMENT_KIND, vocabulary = SegmentKind.class) String segmentKind){
    }

    @Table(name = "mentions", value = "Participants and date expressions found automatically in the documents (not "
            + "curated). One row per document, kind, range and participant.", primaryKey = "id", naturalKey = {"document",
                    "kind", "start_offset", "end_offset", "participant"})
    public record MentionRow(
            @Column(value = STABLE_ID, required = true) UUID id,
            @Column(value = "The document.", required = true, references = "documents") String document,
            @Column(value = "participant or date.", required = true, vocabulary = MentionKind.class) String kind,
            @Column(value = "The words found.", required = true) String text,
            @Column(value = START, required = true) Long startOffset,
            @Column(value = END, required = true) Long endOffset,
            @Column(value = "Start offset in the cleaned text (code points, inclusive).", required = true) Long cleanStartOffset,
            @Column(value = "End offset in the cleaned text (code points, exclusive).", required = true) Long cleanEndOffset,
            @Column(value = "The participant named (participant mentions).", references = "participants") String participant,
            @Column(value = "Date mentions: absolute (the text names the date) or relative (it counts from another date, "
                    + "resolved against the publication date).", vocabulary = DateType.class) String dateKind,
            @Column("The date meant (date mentions). " + DATE_VALUE) String dateValue,
            @Column(EARLIEST) LocalDate dateEarliest,
            @Column(LATEST) LocalDate dateLatest,
            @Column(value = PRECISION, vocabulary = DatePrecision.class) String datePrecision,
            @Column("How a relative date was resolved.") String dateBasis,
            @Column(value = DocumentDocs.MENTION_SEGMENT_KIND, vocabulary = SegmentKind.class) String segmentKind,
            @Column(value = DocumentDocs.MENTION_NAME_KIND, vocabulary = NameKind.class) String nameKind,
            @Column(DocumentDocs.MENTION_CONFIDENCE) Double confidence) {
    }
}
