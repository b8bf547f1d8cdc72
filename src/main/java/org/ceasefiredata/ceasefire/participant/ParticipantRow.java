package org.ceasefiredata.ceasefire.participant;

/** A participant as read: what it is and its preferred name. */
public record ParticipantRow(long id, String slug, ParticipantKind kind, String name, String description) {
}
