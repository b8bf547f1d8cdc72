package org.ceasefiredata.ceasefire.web;

import java.util.List;

import org.ceasefiredata.ceasefire.commitment.CommitmentDocs;
import org.ceasefiredata.ceasefire.commitment.CommitmentKind;
import org.ceasefiredata.ceasefire.commitment.CommitmentStatus;
import org.ceasefiredata.ceasefire.kernel.Basis;
import org.ceasefiredata.ceasefire.kernel.Docs;
import org.ceasefiredata.ceasefire.kernel.PartialDate;
import org.ceasefiredata.ceasefire.kernel.RecordRef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A commitment as served: what was pledged or agreed, by whom, binding whom, where, its status and evidence. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Commitment", description = CommitmentDocs.COMMITMENT)
public record CommitmentView(
        @Schema(description = Docs.SLUG_FIELD, example = "munich-cessation-of-hostilities") String slug,
        @Schema(description = CommitmentDocs.SUMMARY, example = "Accelerate and expand deliveries of humanitarian aid to besieged communities, beginning this week.") String summary,
        @Schema(description = CommitmentDocs.KIND) CommitmentKind kind,
        @Schema(description = CommitmentDocs.STATUS) CommitmentStatus status,
        @Schema(description = CommitmentDocs.DATE) PartialDate date,
        @Schema(description = Docs.BASIS_OF_COMMITMENT) Basis basis,
        @Schema(description = CommitmentDocs.MEETING) RecordRef meeting,
        @Schema(description = CommitmentDocs.MADE_BY) List<RecordRef> madeBy,
        @Schema(description = CommitmentDocs.BINDS) List<RecordRef> binds,
        @Schema(description = "Deadlines attached to it, by due window. In a commitment's detail unless include= leaves them out; in lists (and inside a meeting) only with include=deadlines (commitments.deadlines).") List<DeadlineView> deadlines,
        @Schema(description = CommitmentDocs.HISTORY
                + " In a commitment's detail unless include= leaves them out; in lists only with include=history.") List<AssessmentView> history,
        @Schema(description = CommitmentDocs.CITATIONS) List<CitationView> citations,
        @Schema(description = Docs.CLAIMS) List<ClaimView> claims) {
}
