package org.ceasefiredata.ceasefire.evidence;

import org.ceasefiredata.ceasefire.kernel.PartialDate;

/**
 * A citation as read: the fact it supports ({@code subjectId}), the document it quotes (its slug, title, outlet and
 * publication date) and the exact quote with its code-point offsets and the SHA-256 of the text they index.
 */
public record CitationRow(long id, long subjectId, long documentId, String documentSlug, String documentTitle,
        String outlet, PartialDate published, String quote, int start, int end, String documentSha256) {
}
