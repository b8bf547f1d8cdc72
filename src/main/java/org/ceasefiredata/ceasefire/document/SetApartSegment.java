package org.ceasefiredata.ceasefire.document;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.ceasefiredata.ceasefire.evidence.SourceDocument;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** A part of a source text kept out of the cleaned text: a caption, a photo credit, outlet boilerplate, a teaser. */
@Entity
@Table(name = "set_apart_segment")
public class SetApartSegment extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public SourceDocument document;
    public String kind;
    public int startOffset;
    public int endOffset;
    public String text;
}
