package org.ceasefiredata.ceasefire.document;

import org.ceasefiredata.ceasefire.kernel.PartialDate;
import org.ceasefiredata.ceasefire.participant.ParticipantRow;

/**
 * A participant name or date expression found in a document: offsets in the original and in the cleaned text; for a
 * participant mention who ({@code participant}); for a date mention its kind (ABSOLUTE or RELATIVE), the window it
 * resolves to and how.
 */
public record MentionRow(long id, long documentId, MentionKind kind, String text, int start, int end, int cleanStart,
        int cleanEnd, ParticipantRow participant, String dateKind, PartialDate date, String dateBasis) {
}
