package org.ceasefiredata.ceasefire.document;

import org.ceasefiredata.ceasefire.kernel.PartialDate;
import org.ceasefiredata.ceasefire.kernel.SegmentKind;
import org.ceasefiredata.ceasefire.participant.NameKind;
import org.ceasefiredata.ceasefire.participant.ParticipantRow;

/**
 * A participant name or date expression found in a document: offsets in the original and in the cleaned text, and the
 * kind of set-apart segment it lies in (null in the body); for a participant mention who ({@code participant}), the
 * kind of the name matched and the link's confidence; for a date mention its kind (ABSOLUTE or RELATIVE), the window
 * it resolves to and how.
 */
public record MentionRow(long id, long documentId, MentionKind kind, String text, int start, int end, int cleanStart,
        int cleanEnd, SegmentKind segmentKind, ParticipantRow participant, NameKind nameKind, Double confidence,
        String dateKind, PartialDate date, String dateBasis) {
}
