package org.ceasefiredata.ceasefire.web;

import java.util.List;

import org.ceasefiredata.ceasefire.commitment.CommitmentDocs;
import org.ceasefiredata.ceasefire.kernel.Basis;
import org.ceasefiredata.ceasefire.kernel.Docs;
import org.ceasefiredata.ceasefire.kernel.PartialDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One assessment of a commitment's or deadline's status by the sources, with its evidence. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "StatusAssessment", description = "How the sources judged a status at one point; a record's assessments are listed oldest first and the last one is its status.")
public record AssessmentView(
        @Schema(description = CommitmentDocs.ASSESSMENT_STATUS, example = "missed") String status,
        @Schema(description = CommitmentDocs.ASSESSMENT_NOTE, example = "The initial target date of Aug. 1 was missed.") String note,
        @Schema(description = CommitmentDocs.ASSESSMENT_AS_OF) PartialDate asOf,
        @Schema(description = Docs.BASIS_OF_ASSESSMENT) Basis basis,
        @Schema(description = CommitmentDocs.ASSESSMENT_CITATIONS) List<CitationView> citations) {
}
