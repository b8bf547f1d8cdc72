package org.ceasefiredata.ceasefire.source;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.ceasefiredata.ceasefire.commitment.Commitment;
import org.ceasefiredata.ceasefire.commitment.Deadline;
import org.ceasefiredata.ceasefire.commitment.StatusAssessment;
import org.ceasefiredata.ceasefire.meeting.Meeting;
import org.ceasefiredata.ceasefire.meeting.MeetingParticipant;
import org.ceasefiredata.ceasefire.participant.Membership;
import org.ceasefiredata.ceasefire.participant.Participant;
import org.ceasefiredata.ceasefire.participant.ParticipantName;
import org.ceasefiredata.ceasefire.participant.ParticipantOffice;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/**
 * The evidence for one fact: an exact quote of a source document with its code-point offsets in the original text and
 * the SHA-256 of the text it was verified against. Exactly one of the subject references is set.
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

    @ManyToOne(fetch = FetchType.LAZY)
    public Participant participant;
    @ManyToOne(fetch = FetchType.LAZY)
    public ParticipantName participantName;
    @ManyToOne(fetch = FetchType.LAZY)
    public ParticipantOffice participantOffice;
    @ManyToOne(fetch = FetchType.LAZY)
    public Membership membership;
    @ManyToOne(fetch = FetchType.LAZY)
    public Meeting meeting;
    @ManyToOne(fetch = FetchType.LAZY)
    public MeetingParticipant meetingParticipant;
    @ManyToOne(fetch = FetchType.LAZY)
    public Commitment commitment;
    @ManyToOne(fetch = FetchType.LAZY)
    public Deadline deadline;
    @ManyToOne(fetch = FetchType.LAZY)
    public StatusAssessment statusAssessment;
    @ManyToOne(fetch = FetchType.LAZY)
    public Claim claim;
}
