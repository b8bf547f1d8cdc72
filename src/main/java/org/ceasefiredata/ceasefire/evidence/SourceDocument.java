package org.ceasefiredata.ceasefire.evidence;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Table;

import org.ceasefiredata.ceasefire.kernel.Basis;
import org.ceasefiredata.ceasefire.kernel.DateWindow;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** A news text about the ceasefire process, kept exactly as published (for verification) and cleaned (for reading). */
@Entity
@Table(name = "source_document")
public class SourceDocument extends PanacheEntity {

    public String slug;
    public String fileName;
    public String sha256;
    public String title;
    public String outlet;
    public String agency;
    public String url;
    public String language;
    @Embedded
    public DateWindow published;
    public String publishedBasis;
    /** What its publication date and publishedBasis rest on: stated by the cited texts, inferred from them, or from outside the corpus. */
    @Enumerated(EnumType.STRING)
    public Basis basis;
    public String dateline;
    public String notes;
    /** Lazy: citations and mentions join their document for its slug and title, never for its text. */
    @Basic(fetch = FetchType.LAZY)
    @Column(columnDefinition = "text")
    public String originalText;
    @Basic(fetch = FetchType.LAZY)
    @Column(columnDefinition = "text")
    public String cleanedText;
    /** False for a text dropped into seeds/ without an annotation entry: it is linked automatically only. */
    public boolean curated;
}
