package org.ceasefiredata.ceasefire.participant;

import org.ceasefiredata.ceasefire.kernel.Basis;

/** A participant as read: what it is, its preferred name, and what its description rests on. */
public record ParticipantRow(long id, String slug, ParticipantKind kind, String name, String description, Basis basis) {
}
