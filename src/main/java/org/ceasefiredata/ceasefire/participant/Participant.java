package org.ceasefiredata.ceasefire.participant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.ceasefiredata.ceasefire.kernel.Basis;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** A state, organization, group or person taking part in (or excluded from) the ceasefire process. */
@Entity
@Table(name = "participant")
public class Participant extends PanacheEntity {

    public String slug;
    @Enumerated(EnumType.STRING)
    public ParticipantKind kind;
    public String name;
    public String description;
    /** What its description rest on: stated by the cited texts, inferred from them, or from outside the corpus. */
    @Enumerated(EnumType.STRING)
    public Basis basis;
}
