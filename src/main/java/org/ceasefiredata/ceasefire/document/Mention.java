package org.ceasefiredata.ceasefire.document;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.ceasefiredata.ceasefire.evidence.SourceDocument;
import org.ceasefiredata.ceasefire.kernel.DateWindow;
import org.ceasefiredata.ceasefire.participant.NameKind;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/**
 * A participant name or a date expression found automatically in a source document, with its offsets in the original
 * text (as citations) and in the cleaned text.
 */
@Entity
@Table(name = "mention")
public class Mention extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public SourceDocument document;
    @Enumerated(EnumType.STRING)
    public MentionKind kind;
    public String text;
    public int startOffset;
    public int endOffset;
    public int cleanStartOffset;
    public int cleanEndOffset;
    /** The participant mentioned (participant mentions), by id. */
    public Long participantId;
    /** ABSOLUTE or RELATIVE, for date mentions. */
    public String dateKind;
    @Embedded
    public DateWindow date;
    public String dateBasis;
    /**
     * The kind of set-apart segment (caption, teaser, photo-credit...) the mention was found in, null for the body; the
     * cleaned offsets of such a mention are an empty span where the segment was taken out of the cleaned text.
     */
    public String segmentKind;
    /** Participant mentions: the kind of the name matched (a metonym such as "Moscow" is linked with less confidence). */
    @Enumerated(EnumType.STRING)
    public NameKind nameKind;
    /** Participant mentions: how sure the link is, from 0 (exclusive) to 1. */
    public Double confidence;
}
