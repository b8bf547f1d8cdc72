package org.ceasefiredata.ceasefire.commitment;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.ceasefiredata.ceasefire.participant.Participant;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** A participant that set a deadline. */
@Entity
@Table(name = "deadline_setter")
public class DeadlineSetter extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Deadline deadline;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Participant participant;
}
