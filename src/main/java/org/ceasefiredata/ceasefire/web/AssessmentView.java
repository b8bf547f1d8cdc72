package org.ceasefiredata.ceasefire.web;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One assessment of a commitment's or deadline's status by the sources, with its evidence. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "StatusAssessment", description = "How the sources judged a status at one point; a record's assessments are listed oldest first and the last one is its status.")
public record AssessmentView(
        @Schema(description = "The status as assessed (commitments: pending, kept, partly-kept, broken, superseded, unknown; deadlines: met, missed, pending, superseded, unknown).", example = "missed") String status,
        @Schema(description = "Why, in brief.", example = "The initial target date of Aug. 1 was missed.") String note,
        @Schema(description = "Evidence for the assessment.") List<CitationView> citations) {
}
