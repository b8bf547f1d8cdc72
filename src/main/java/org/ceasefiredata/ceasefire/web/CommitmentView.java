package org.ceasefiredata.ceasefire.web;

import java.util.List;

import org.ceasefiredata.ceasefire.commitment.CommitmentKind;
import org.ceasefiredata.ceasefire.commitment.CommitmentStatus;
import org.ceasefiredata.ceasefire.kernel.PartialDate;
import org.ceasefiredata.ceasefire.kernel.RecordRef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A commitment as served: what was pledged or agreed, by whom, binding whom, where, its status and evidence. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Commitment", description = "Something pledged, agreed, proposed, demanded or endorsed in the ceasefire process.")
public record CommitmentView(
        @Schema(description = "Stable identifier, used in URLs.", example = "munich-cessation-of-hostilities") String slug,
        @Schema(description = "What was committed to.", example = "Accelerate and expand deliveries of humanitarian aid to besieged communities, beginning this week.") String summary,
        @Schema(description = "How it was made.") CommitmentKind kind,
        @Schema(description = "Whether it was honoured, per the last assessment (as of the asOf day, when given).") CommitmentStatus status,
        @Schema(description = "When it was made, as precisely as the sources allow.") PartialDate date,
        @Schema(description = "The meeting where it was made.") RecordRef meeting,
        @Schema(description = "Who made it.") List<RecordRef> madeBy,
        @Schema(description = "Who it binds.") List<RecordRef> binds,
        @Schema(description = "Deadlines attached to it, by due window. In a commitment's detail unless include= leaves them out; in lists (and inside a meeting) only with include=deadlines (commitments.deadlines).") List<DeadlineView> deadlines,
        @Schema(description = "Status assessments, oldest first (as of the asOf day: those all of whose sources were published by then). In a commitment's detail unless include= leaves them out; in lists only with include=history.") List<AssessmentView> history,
        @Schema(description = "Evidence for the commitment.") List<CitationView> citations,
        @Schema(description = "Statements of single sources where sources differ.") List<ClaimView> claims) {
}
