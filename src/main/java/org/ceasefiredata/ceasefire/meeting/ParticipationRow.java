package org.ceasefiredata.ceasefire.meeting;

import org.ceasefiredata.ceasefire.participant.ParticipantRow;

/** A participant's part in a meeting, with the participant as read. */
public record ParticipationRow(long id, long meetingId, ParticipantRow participant, ParticipantRole role) {
}
