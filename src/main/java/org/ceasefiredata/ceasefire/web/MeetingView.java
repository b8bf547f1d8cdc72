package org.ceasefiredata.ceasefire.web;

import java.util.List;

import org.ceasefiredata.ceasefire.kernel.Basis;
import org.ceasefiredata.ceasefire.kernel.Docs;
import org.ceasefiredata.ceasefire.kernel.PartialDate;
import org.ceasefiredata.ceasefire.kernel.RecordRef;
import org.ceasefiredata.ceasefire.meeting.MeetingDocs;
import org.ceasefiredata.ceasefire.meeting.MeetingKind;
import org.ceasefiredata.ceasefire.meeting.MeetingStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A meeting as served: what, where, when (with precision), who in which role, what came of it, and the evidence. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Meeting", description = MeetingDocs.MEETING)
public record MeetingView(
        @Schema(description = Docs.SLUG_FIELD, example = "issg-munich-2016-02") String slug,
        @Schema(description = MeetingDocs.TITLE, example = "ISSG ministerial meeting in Munich") String title,
        @Schema(description = MeetingDocs.KIND) MeetingKind kind,
        @Schema(description = MeetingDocs.STATUS) MeetingStatus status,
        @Schema(description = MeetingDocs.PLACE, example = "Munich") String place,
        @Schema(description = MeetingDocs.COUNTRY, example = "Germany") String country,
        @Schema(description = MeetingDocs.DATE) PartialDate date,
        @Schema(description = MeetingDocs.PART_OF) RecordRef partOf,
        @Schema(description = MeetingDocs.OUTCOME, example = "Agreement to implement a nationwide cessation of hostilities within a week") String outcome,
        @Schema(description = Docs.BASIS_OF_MEETING) Basis basis,
        @Schema(description = "Participants with their roles, ordered by role (co-chair, chair, convener, mediator, party, attendee, observer, excluded party, host) then name. In a meeting's detail unless include= leaves them out; in lists only with include=participants.") List<ParticipationView> participants,
        @Schema(description = "Commitments made at the meeting, by date made. In a meeting's detail unless include= leaves them out; in lists only with include=commitments. With include=commitments.deadlines each carries its deadlines.") List<CommitmentView> commitments,
        @Schema(description = "Deadlines the meeting set, by due window. In a meeting's detail unless include= leaves them out; in lists only with include=deadlines.") List<DeadlineView> deadlines,
        @Schema(description = MeetingDocs.CITATIONS) List<CitationView> citations,
        @Schema(description = MeetingDocs.CLAIMS) List<ClaimView> claims) {
}
