package org.ceasefiredata.ceasefire.web;

import org.ceasefiredata.ceasefire.kernel.PartialDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One dated record on the timeline: a meeting, a deadline or a commitment. */
@Schema(name = "TimelineEntry", description = "A meeting, deadline or commitment placed on the timeline by its date window.")
public record TimelineEntryView(
        @Schema(description = "Kind of record.", enumeration = {
                "meeting", "deadline", "commitment"}) String type,
        @Schema(description = "Slug of the record.", example = "issg-munich-2016-02") String slug,
        @Schema(description = "Title, description or summary.", example = "ISSG ministerial meeting in Munich") String title,
        @Schema(description = "The record's date window (for a deadline: when it falls due).") PartialDate date,
        @Schema(description = "The record's status (meetings: held, planned...; deadlines: met, missed...; commitments: kept, broken...), as assessed on the asOf day when one is given.", example = "missed") String status,
        @Schema(description = "Path of the record in this API.", example = "/api/v1/meetings/issg-munich-2016-02") String href){
}
