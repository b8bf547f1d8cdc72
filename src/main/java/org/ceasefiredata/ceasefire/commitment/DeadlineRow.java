package org.ceasefiredata.ceasefire.commitment;

import org.ceasefiredata.ceasefire.kernel.Basis;
import org.ceasefiredata.ceasefire.kernel.DateType;
import org.ceasefiredata.ceasefire.kernel.PartialDate;

/**
 * A deadline as read: when it falls due, how that was established (the anchor and offset of a relative one), what it
 * belongs to, its status as of the day it was read for, and what its description and due window rest on.
 */
public record DeadlineRow(long id, String slug, String description, String expression, Long commitmentId, Long meetingId,
        PartialDate due, PartialDate anchor, String anchorEvent, String offsetPeriod, DeadlineStatus status,
        Basis basis) {

    public DateType type() {
        return offsetPeriod == null ? DateType.ABSOLUTE : DateType.RELATIVE;
    }
}
