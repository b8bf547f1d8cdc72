package org.ceasefiredata.ceasefire.export;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.ceasefiredata.ceasefire.export.ExportRows.CitationRow;
import org.ceasefiredata.ceasefire.export.ExportRows.ClaimRow;
import org.ceasefiredata.ceasefire.export.ExportRows.CommitmentPartyRow;
import org.ceasefiredata.ceasefire.export.ExportRows.CommitmentRow;
import org.ceasefiredata.ceasefire.export.ExportRows.DeadlineRow;
import org.ceasefiredata.ceasefire.export.ExportRows.DeadlineSetterRow;
import org.ceasefiredata.ceasefire.export.ExportRows.DocumentRow;
import org.ceasefiredata.ceasefire.export.ExportRows.MeetingParticipantRow;
import org.ceasefiredata.ceasefire.export.ExportRows.MeetingRow;
import org.ceasefiredata.ceasefire.export.ExportRows.MembershipRow;
import org.ceasefiredata.ceasefire.export.ExportRows.MentionRow;
import org.ceasefiredata.ceasefire.export.ExportRows.ParticipantNameRow;
import org.ceasefiredata.ceasefire.export.ExportRows.ParticipantOfficeRow;
import org.ceasefiredata.ceasefire.export.ExportRows.ParticipantRow;
import org.ceasefiredata.ceasefire.export.ExportRows.StatusAssessmentRow;

/**
 * The shape of dataset.json, the whole ceasefire dataset in one document: what it is, its version, when it was
 * written, row counts, then every table. It is never built in memory ({@link ExportWriter} streams it); it declares the
 * document for the JSON Schema generator ({@link DatasetSchema}), and a test checks the writer against that schema.
 */
public record Dataset(
        @Column(value = "Machine name of the dataset.", required = true) String name,
        @Column(value = "Title of the dataset.", required = true) String title,
        @Column(value = "Version: the export format's semantic version, then after + the dataset version (the seeds' fingerprint and the loader version, also the ETag of every export); the same seeds give the same version and the same files.", required = true) String version,
        @Column(value = "When this file was written (UTC); pinned with ?generatedAt= (or --generated-at) for reproducible files.", required = true) Instant generatedAt,
        @Column(value = "Licence of the curated data.", required = true) String license,
        @Column(value = "Attribution and the terms of the source texts.", required = true) String attribution,
        @Column(value = "Number of rows of each table, by table name.", required = true) Map<String, Long> counts,
        @Column(value = "Source documents.", required = true) List<DocumentRow> documents,
        @Column(value = "Participants.", required = true) List<ParticipantRow> participants,
        @Column(value = "Names of participants.", required = true) List<ParticipantNameRow> participantNames,
        @Column(value = "Offices of participants.", required = true) List<ParticipantOfficeRow> participantOffices,
        @Column(value = "Memberships in groups.", required = true) List<MembershipRow> memberships,
        @Column(value = "Meetings.", required = true) List<MeetingRow> meetings,
        @Column(value = "Participation in meetings, with roles.", required = true) List<MeetingParticipantRow> meetingParticipants,
        @Column(value = "Commitments.", required = true) List<CommitmentRow> commitments,
        @Column(value = "Parties to commitments.", required = true) List<CommitmentPartyRow> commitmentParties,
        @Column(value = "Deadlines.", required = true) List<DeadlineRow> deadlines,
        @Column(value = "Setters of deadlines.", required = true) List<DeadlineSetterRow> deadlineSetters,
        @Column(value = "Status histories.", required = true) List<StatusAssessmentRow> statusAssessments,
        @Column(value = "Claims.", required = true) List<ClaimRow> claims,
        @Column(value = "Citations: the evidence of every fact.", required = true) List<CitationRow> citations,
        @Column(value = "Mentions found in the documents.", required = true) List<MentionRow> mentions) {

    static final String NAME = "syria-ceasefire-2015-2016";
    /**
     * The semantic version of the export format (tables, columns, keys, types): a major bump for a change that breaks a
     * reader, a minor one for an addition. Every file carries it with the dataset version as build metadata.
     */
    public static final String FORMAT_VERSION = "2.1.0";
    /** A globally unique identifier of the dataset (the namespace of its derived ids, {@link StableId}). */
    public static final String ID = "https://ceasefiredata.org/datasets/syria-ceasefire-2015-2016";
    static final String HOMEPAGE = "https://ceasefiredata.org/";
    static final String TITLE = "Syria ceasefire process 2015-2016: meetings, participants, commitments, deadlines";
    static final String LICENSE = "CC-BY-4.0";
    static final String LICENSE_URL = "https://creativecommons.org/licenses/by/4.0/";
    static final String ATTRIBUTION = "Curated annotations: CC BY 4.0, Syria ceasefire dataset (ceasefiredata.org). "
            + "The source texts remain under their publishers' terms; the quotes in the citations are included so that "
            + "every fact can be verified against its source.";
}
