package org.ceasefiredata.ceasefire.source;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.ceasefiredata.ceasefire.commitment.Commitment;
import org.ceasefiredata.ceasefire.commitment.Deadline;
import org.ceasefiredata.ceasefire.meeting.Meeting;
import org.ceasefiredata.ceasefire.participant.Participant;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/**
 * One source's statement about an aspect of a record ("duration: nearly 10 hours"), kept beside the other sources'
 * differing statements instead of being reconciled away.
 */
@Entity
@Table(name = "claim")
public class Claim extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY)
    public Participant participant;
    @ManyToOne(fetch = FetchType.LAZY)
    public Meeting meeting;
    @ManyToOne(fetch = FetchType.LAZY)
    public Commitment commitment;
    @ManyToOne(fetch = FetchType.LAZY)
    public Deadline deadline;
    public String about;
    public String value;
    /** What its value rest on: stated by the cited texts, inferred from them, or from outside the corpus. */
    @Enumerated(EnumType.STRING)
    public Basis basis;
}
