package org.ceasefiredata.ceasefire.web;

import java.util.List;

import org.ceasefiredata.ceasefire.commitment.CommitmentDocs;
import org.ceasefiredata.ceasefire.commitment.DeadlineStatus;
import org.ceasefiredata.ceasefire.kernel.Basis;
import org.ceasefiredata.ceasefire.kernel.Docs;
import org.ceasefiredata.ceasefire.kernel.PartialDate;
import org.ceasefiredata.ceasefire.kernel.RecordRef;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A deadline as served: what is due by when (with the window it resolves to), who set it, its status and evidence. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Deadline", description = CommitmentDocs.DEADLINE)
public record DeadlineView(
        @Schema(description = Docs.SLUG_FIELD, example = "political-transition-framework-august-1") String slug,
        @Schema(description = CommitmentDocs.DEADLINE_DESCRIPTION, example = "Agreement on a framework for political transition") String description,
        @Schema(description = CommitmentDocs.EXPRESSION, example = "within six months") String expression,
        @Schema(description = CommitmentDocs.DEADLINE_TYPE, type = SchemaType.STRING, enumeration = {
                "absolute", "relative"}) String type,
        @Schema(description = CommitmentDocs.DUE) PartialDate due,
        @Schema(description = CommitmentDocs.ANCHOR) PartialDate anchor,
        @Schema(description = CommitmentDocs.ANCHOR_EVENT, example = "the start of negotiations scheduled for January 2016") String anchorEvent,
        @Schema(description = CommitmentDocs.OFFSET, examples = {"P6M", "P1D/P7D"}) String offset,
        @Schema(description = CommitmentDocs.DEADLINE_STATUS) DeadlineStatus status,
        @Schema(description = Docs.BASIS_OF_DEADLINE) Basis basis,
        @Schema(description = CommitmentDocs.DEADLINE_COMMITMENT) RecordRef commitment,
        @Schema(description = CommitmentDocs.DEADLINE_MEETING) RecordRef meeting,
        @Schema(description = CommitmentDocs.SET_BY) List<RecordRef> setBy,
        @Schema(description = CommitmentDocs.HISTORY
                + " In a deadline's detail unless include= leaves them out; in lists only with include=history.") List<AssessmentView> history,
        @Schema(description = CommitmentDocs.DEADLINE_CITATIONS) List<CitationView> citations,
        @Schema(description = Docs.CLAIMS) List<ClaimView> claims){
}
