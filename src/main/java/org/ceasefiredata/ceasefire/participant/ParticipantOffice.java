package org.ceasefiredata.ceasefire.participant;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.ceasefiredata.ceasefire.kernel.DateWindow;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** An office a person held at the time of the texts, such as U.S. Secretary of State. */
@Entity
@Table(name = "participant_office")
public class ParticipantOffice extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Participant participant;
    public String title;
    @ManyToOne(fetch = FetchType.LAZY)
    public Participant organization;
    @Embedded
    public DateWindow during;
}
