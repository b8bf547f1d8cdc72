package org.ceasefiredata.ceasefire.commitment;

import java.util.List;

import org.ceasefiredata.ceasefire.evidence.CitationRow;
import org.ceasefiredata.ceasefire.kernel.Basis;
import org.ceasefiredata.ceasefire.kernel.PartialDate;

/**
 * One assessment of a commitment's or deadline's status by the sources, with its evidence; {@code status} is the
 * constant name of a {@link CommitmentStatus} or {@link DeadlineStatus}; {@code asOf} the publication date of its
 * latest source (null when one of its sources is undated); {@code basis} what its status and note rest on.
 */
public record AssessmentRow(long id, long subjectId, String status, String note, PartialDate asOf, Basis basis,
        List<CitationRow> citations) {
}
