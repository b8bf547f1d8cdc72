package org.ceasefiredata.ceasefire.ingest;

import java.util.List;
import java.util.Map;

import org.ceasefiredata.ceasefire.kernel.PartialDate;

/**
 * Seeds whose references all resolve and whose quotes were all found: ready to be written. Records keep the annotation
 * file they came from for messages.
 */
public record LinkedSeeds(
        List<Document> documents,
        List<Annotations.Participant> participants,
        List<Annotations.Meeting> meetings,
        List<Annotations.Commitment> commitments,
        List<Annotations.Deadline> deadlines,
        Map<Annotations.Citation, Located> citations,
        Map<Annotations.Assessment, PartialDate> assessmentDates,
        String fingerprint) {

    /** A source text with its curated metadata ({@code annotation} is null for a text dropped in without any). */
    public record Document(String slug, SeedText text, Annotations.Document annotation, PartialDate published) {
    }

    /** A quote found in its document: code-point offsets into the original text. */
    public record Located(String documentSlug, int start, int end) {
    }

    /** The publication date of an assessment's latest source: the day it is as of. */
    public PartialDate asOf(Annotations.Assessment assessment) {
        PartialDate date = assessmentDates.get(assessment);
        if (date == null) {
            throw new IllegalStateException("assessment was not dated: " + assessment);
        }
        return date;
    }

    /** Where a citation's quote is; every citation of the linked annotations has an entry. */
    public Located locate(Annotations.Citation citation) {
        Located located = citations.get(citation);
        if (located == null) {
            throw new IllegalStateException("citation was not linked: " + citation);
        }
        return located;
    }
}
