package org.ceasefiredata.ceasefire.participant;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.ceasefiredata.ceasefire.kernel.DateWindow;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** A participant's place in a group (a founding member of the ISSG, its co-chair), since when the texts say. */
@Entity
@Table(name = "membership")
public class Membership extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Participant member;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Participant group;
    @Enumerated(EnumType.STRING)
    public MembershipRole role;
    @Embedded
    public DateWindow since;
}
