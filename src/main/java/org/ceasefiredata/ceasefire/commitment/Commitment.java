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

/** Something pledged, agreed, proposed or demanded in the process, by whom and binding whom. */
@Entity
@Table(name = "commitment")
public class Commitment extends PanacheEntity {

    public String slug;
    public String summary;
    @Enumerated(EnumType.STRING)
    public CommitmentKind kind;
    @ManyToOne(fetch = FetchType.LAZY)
    public Meeting meeting;
    @Embedded
    public DateWindow date;
    /** What its summary, kind and date rest on: stated by the cited texts, inferred from them, or from outside the corpus. */
    @Enumerated(EnumType.STRING)
    public Basis basis;
    /** The latest assessment's status, or UNKNOWN when no source assesses it. */
    @Enumerated(EnumType.STRING)
    public CommitmentStatus status;
}
