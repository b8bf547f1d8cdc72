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
}
