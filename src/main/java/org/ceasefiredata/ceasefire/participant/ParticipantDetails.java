package org.ceasefiredata.ceasefire.participant;

import java.util.List;

import org.ceasefiredata.ceasefire.evidence.CitationRow;
import org.ceasefiredata.ceasefire.kernel.PartialDate;

/** The records that hang off a participant, as read by {@link ParticipantRepository}'s loaders. */
public final class ParticipantDetails {

    private ParticipantDetails() {
    }

    /** One name a participant goes by. */
    public record Name(long participantId, String name, NameKind kind, PartialDate since) {
    }

    /** An office held, with the state or organization it belongs to (null when none) and its evidence. */
    public record Office(long id, long participantId, String title, ParticipantRow organization, PartialDate during,
            List<CitationRow> citations) {
    }

    /** A membership of a member in a group, with its evidence. */
    public record Membership(long id, ParticipantRow member, ParticipantRow group, MembershipRole role, PartialDate since,
            List<CitationRow> citations) {
    }
}
