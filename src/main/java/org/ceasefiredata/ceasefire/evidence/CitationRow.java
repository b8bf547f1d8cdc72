package org.ceasefiredata.ceasefire.evidence;

import org.ceasefiredata.ceasefire.kernel.PartialDate;
import org.ceasefiredata.ceasefire.kernel.SegmentKind;

/**
 * A citation as read: the fact it supports ({@code subjectId}), the document it quotes (its slug, title, outlet, agency
 * and publication date), the exact quote with its code-point offsets and the SHA-256 of the text they index, and the
 * quote as a reader sees it with its offsets in the cleaned text (null in a set-apart segment, whose kind it gives).
 */
public record CitationRow(long id, long subjectId, long documentId, String documentSlug, String documentTitle,
        String outlet, String agency, PartialDate published, String quote, int start, int end, String documentSha256,
        String cleanQuote, Integer cleanStart, Integer cleanEnd, SegmentKind segmentKind) {
}
