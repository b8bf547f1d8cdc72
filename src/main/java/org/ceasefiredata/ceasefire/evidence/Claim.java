package org.ceasefiredata.ceasefire.evidence;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.ceasefiredata.ceasefire.kernel.Basis;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/**
 * One source's statement about an aspect of a record ("duration: nearly 10 hours"), kept beside the other sources'
 * differing statements instead of being reconciled away.
 */
@Entity
@Table(name = "claim")
public class Claim extends PanacheEntity {

    public Long participantId;
    public Long meetingId;
    public Long commitmentId;
    public Long deadlineId;
    public String about;
    public String value;
    /** What its value rest on: stated by the cited texts, inferred from them, or from outside the corpus. */
    @Enumerated(EnumType.STRING)
    public Basis basis;
}
