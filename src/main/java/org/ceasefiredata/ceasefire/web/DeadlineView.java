package org.ceasefiredata.ceasefire.web;

import java.util.List;

import org.ceasefiredata.ceasefire.commitment.DeadlineStatus;
import org.ceasefiredata.ceasefire.kernel.PartialDate;
import org.ceasefiredata.ceasefire.kernel.RecordRef;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A deadline as served: what is due by when (with the window it resolves to), who set it, its status and evidence. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Deadline", description = "A target date or time limit of the ceasefire process, absolute ('Feb. 25') or relative ('within six months' of an anchor).")
public record DeadlineView(
        @Schema(description = "Stable identifier, used in URLs.", example = "political-transition-framework-august-1") String slug,
        @Schema(description = "What is due.", example = "Agreement on a framework for political transition") String description,
        @Schema(description = "The source's words for the time limit.", example = "within six months") String expression,
        @Schema(description = "absolute: the sources name the date; relative: an offset from an anchor.", type = SchemaType.STRING, enumeration = {
                "absolute", "relative"}) String type,
        @Schema(description = "The window of days the deadline falls in (for a relative one: the anchor's window moved by the offset).") PartialDate due,
        @Schema(description = "Relative deadlines: the date window it counts from.") PartialDate anchor,
        @Schema(description = "Relative deadlines: what the anchor is.", example = "the start of negotiations scheduled for January 2016") String anchorEvent,
        @Schema(description = "Relative deadlines: the ISO 8601 period added to the anchor.", example = "P6M") String offset,
        @Schema(description = "Whether it was met, per the last assessment (as of the asOf day, when given).") DeadlineStatus status,
        @Schema(description = "The commitment it belongs to.") RecordRef commitment,
        @Schema(description = "The meeting that set it.") RecordRef meeting,
        @Schema(description = "Who set it.") List<RecordRef> setBy,
        @Schema(description = "Status assessments, oldest first (as of the asOf day: those all of whose sources were published by then). In a deadline's detail unless include= leaves them out; in lists only with include=history.") List<AssessmentView> history,
        @Schema(description = "Evidence for the deadline.") List<CitationView> citations,
        @Schema(description = "Statements of single sources where sources differ.") List<ClaimView> claims){
}
