package org.ceasefiredata.ceasefire.commitment;

import org.ceasefiredata.ceasefire.kernel.Basis;
import org.ceasefiredata.ceasefire.kernel.PartialDate;

/**
 * A commitment as read, with its status as of the day it was read for (its current status without a day) and what its
 * summary rests on.
 */
public record CommitmentRow(long id, String slug, String summary, CommitmentKind kind, Long meetingId, PartialDate date,
        CommitmentStatus status, Basis basis) {
}
