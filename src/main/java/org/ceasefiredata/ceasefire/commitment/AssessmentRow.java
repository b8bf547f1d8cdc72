package org.ceasefiredata.ceasefire.commitment;

import java.util.List;

import org.ceasefiredata.ceasefire.evidence.CitationRow;

/**
 * One assessment of a commitment's or deadline's status by the sources, with its evidence; {@code status} is the
 * constant name of a {@link CommitmentStatus} or {@link DeadlineStatus}.
 */
public record AssessmentRow(long id, long subjectId, String status, String note, List<CitationRow> citations) {
}
