package org.ceasefiredata.ceasefire.commitment;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.ceasefiredata.ceasefire.participant.Participant;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** A participant that made a commitment or is bound by it. */
@Entity
@Table(name = "commitment_party")
public class CommitmentParty extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Commitment commitment;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Participant participant;
    @Enumerated(EnumType.STRING)
    public PartyRelation relation;
}
