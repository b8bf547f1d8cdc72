package org.ceasefiredata.ceasefire.commitment;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.ceasefiredata.ceasefire.kernel.Basis;
import org.ceasefiredata.ceasefire.kernel.DateWindow;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/**
 * How the sources judged a commitment or deadline at one point (pending, kept, missed), with its evidence; a record's
 * assessments are ordered by {@code position}, oldest first.
 */
@Entity
@Table(name = "status_assessment")
public class StatusAssessment extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY)
    public Commitment commitment;
    @ManyToOne(fetch = FetchType.LAZY)
    public Deadline deadline;
    public int position;
    /** The constant name of a {@link CommitmentStatus} or {@link DeadlineStatus}, depending on the subject. */
    public String status;
    public String note;
    /** What its status and note rest on: stated by the cited texts, inferred from them, or from outside the corpus. */
    @Enumerated(EnumType.STRING)
    public Basis basis;
    /**
     * The publication date of its latest supporting source: 'as of a day' shows it only from {@code asOf.latest} on,
     * when every source it cites is published.
     */
    @Embedded
    public DateWindow asOf;
}
