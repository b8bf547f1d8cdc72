package org.ceasefiredata.ceasefire.meeting;

import org.ceasefiredata.ceasefire.kernel.Basis;
import org.ceasefiredata.ceasefire.kernel.PartialDate;

/**
 * A meeting as read: what, where, when (with precision), the series it belongs to, what came of it, and what its date,
 * status and outcome rest on.
 */
public record MeetingRow(long id, String slug, String title, MeetingKind kind, MeetingStatus status, String place,
        String country, PartialDate date, Long partOfId, String outcome, Basis basis) {
}
