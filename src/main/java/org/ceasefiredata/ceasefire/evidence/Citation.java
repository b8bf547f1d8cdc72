package org.ceasefiredata.ceasefire.evidence;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/**
 * The evidence for one fact: an exact quote of a source document with its code-point offsets in the original text and
 * the SHA-256 of the text it was verified against. Exactly one of the subject ids is set: the fact it supports,
 * by id (not an association: evidence sits below the records it supports, which read it).
 */
@Entity
@Table(name = "citation")
public class Citation extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public SourceDocument document;
    public String quote;
    public int startOffset;
    public int endOffset;
    public String documentSha256;
    /** The quote as a reader sees it: from the cleaned text, or from its set-apart segment cleaned the same way. */
    public String cleanQuote;
    /** Code-point offsets of {@link #cleanQuote} in the cleaned text; null when it lies in a set-apart segment. */
    public Integer cleanStartOffset;
    public Integer cleanEndOffset;
    /** The kind of set-apart segment the quote lies in (caption, teaser, photo-credit...); null for the body. */
    public String segmentKind;

    public Long participantId;
    public Long participantNameId;
    public Long participantOfficeId;
    public Long membershipId;
    public Long meetingId;
    public Long meetingParticipantId;
    public Long commitmentId;
    public Long deadlineId;
    public Long statusAssessmentId;
    public Long claimId;
}
