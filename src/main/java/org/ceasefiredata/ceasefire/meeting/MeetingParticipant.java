package org.ceasefiredata.ceasefire.meeting;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.ceasefiredata.ceasefire.participant.Participant;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** A participant's role at one meeting: co-chair, mediator, party, excluded party. */
@Entity
@Table(name = "meeting_participant")
public class MeetingParticipant extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Meeting meeting;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Participant participant;
    @Enumerated(EnumType.STRING)
    public ParticipantRole role;
}
