package org.ceasefiredata.ceasefire.meeting;

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

/** A meeting, negotiation round, summit, ministerial session or bilateral talk of the process: held, failed or planned. */
@Entity
@Table(name = "meeting")
public class Meeting extends PanacheEntity {

    public String slug;
    public String title;
    @Enumerated(EnumType.STRING)
    public MeetingKind kind;
    @Enumerated(EnumType.STRING)
    public MeetingStatus status;
    public String place;
    public String country;
    @Embedded
    public DateWindow date;
    @ManyToOne(fetch = FetchType.LAZY)
    public Meeting partOf;
    public String outcome;
    /** What its date, status and outcome rest on: stated by the cited texts, inferred from them, or from outside the corpus. */
    @Enumerated(EnumType.STRING)
    public Basis basis;
}
