package org.ceasefiredata.ceasefire.evidence;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

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
}
