package org.ceasefiredata.ceasefire.web;

import java.util.List;

import org.ceasefiredata.ceasefire.kernel.RecordRef;
import org.ceasefiredata.ceasefire.meeting.MeetingDocs;
import org.ceasefiredata.ceasefire.meeting.ParticipantRole;
import org.ceasefiredata.ceasefire.participant.ParticipantKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A participant at a meeting with the role it played there and the evidence for it. */
@Schema(name = "Participation", description = MeetingDocs.PARTICIPATION)
public record ParticipationView(
        @Schema(description = "Slug of the participant.", example = "united-states") String participant,
        @Schema(description = "Preferred name of the participant.", example = "United States") String name,
        @Schema(description = "What sort of actor the participant is.") ParticipantKind kind,
        @Schema(description = MeetingDocs.PARTICIPATION_ROLE) ParticipantRole role,
        @Schema(description = MeetingDocs.PARTICIPATION_MEETING) RecordRef meeting,
        @Schema(description = MeetingDocs.PARTICIPATION_CITATIONS) List<CitationView> citations) {
}
