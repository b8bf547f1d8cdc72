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
import org.ceasefiredata.ceasefire.meeting.Meeting;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/**
 * A target date or time limit of the process, absolute ("Feb. 25") or relative ("within six months" of an anchor),
 * with the window of days it resolves to.
 */
@Entity
@Table(name = "deadline")
public class Deadline extends PanacheEntity {

    public String slug;
    public String description;
    public String expression;
    @ManyToOne(fetch = FetchType.LAZY)
    public Commitment commitment;
    @ManyToOne(fetch = FetchType.LAZY)
    public Meeting meeting;
    /** The window the deadline falls in: as given for an absolute one, anchor + offset for a relative one. */
    @Embedded
    public DateWindow due;
    @Embedded
    public DateWindow anchor;
    public String anchorEvent;
    /** An ISO 8601 period ({@code P6M}), or a range of two signed ones for a vague expression ({@code P1D/P7D}). */
    public String offsetPeriod;
    /** What its description and due window rest on: stated by the cited texts, inferred from them, or from outside the corpus. */
    @Enumerated(EnumType.STRING)
    public Basis basis;
    @Enumerated(EnumType.STRING)
    public DeadlineStatus status;
}
