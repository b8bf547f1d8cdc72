package org.ceasefiredata.ceasefire.evidence;

import java.util.Locale;

/** A kind of fact a citation or claim can support, and the citation column that points at it. */
public enum Subject {
    PARTICIPANT, PARTICIPANT_NAME, PARTICIPANT_OFFICE, MEMBERSHIP, MEETING, MEETING_PARTICIPANT, COMMITMENT, DEADLINE, STATUS_ASSESSMENT, CLAIM;

    /** The column of the citation (and claim) table for this subject: {@code meeting_participant_id}. */
    public String column() {
        return name().toLowerCase(Locale.ROOT) + "_id";
    }
}
