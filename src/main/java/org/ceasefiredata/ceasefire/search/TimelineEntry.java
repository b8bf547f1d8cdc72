package org.ceasefiredata.ceasefire.search;

import org.ceasefiredata.ceasefire.kernel.PartialDate;
import org.ceasefiredata.ceasefire.kernel.RecordType;

/**
 * A meeting, deadline or commitment placed on the timeline by its date window, with its status (as assessed on the day
 * asked for), spelt as the record's status constant.
 */
public record TimelineEntry(RecordType type, String slug, String title, PartialDate date, String status) {
}
