package org.ceasefiredata.ceasefire.graph;

import java.time.LocalDate;
import java.util.List;

import org.ceasefiredata.ceasefire.kernel.PartialDate;
import org.ceasefiredata.ceasefire.participant.MembershipRole;
import org.ceasefiredata.ceasefire.participant.Participant;
import org.ceasefiredata.ceasefire.participant.ParticipantKind;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A participant in the GraphQL graph; its relations are fields resolved in batches. */
@Type("Participant")
@Description("A state, organization, group, person or armed group in the ceasefire process.")
public record ParticipantNode(
        @Ignore long id,
        @Ignore LocalDate asOf,
        @NonNull @Description("Stable identifier, used in URLs.") String slug,
        @NonNull @Description("What sort of actor it is.") ParticipantKind kind,
        @NonNull @Description("Preferred name.") String name,
        @Description("Who or what it is, in brief.") String description) implements SearchRecord {

    static ParticipantNode of(Participant p, LocalDate asOf) {
        return new ParticipantNode(p.id, asOf, p.slug, p.kind, p.name, p.description);
    }

    /** An office a person held. */
    @Type("Office")
    @Description("An office a person held at the time of the texts.")
    public record OfficeNode(
            @Ignore Long organizationId,
            @Ignore LocalDate asOf,
            @NonNull @Description("The office, e.g. Foreign Minister.") String title,
            @Description("When, as far as the sources say.") PartialDate during,
            @NonNull @Description("Evidence for the office.") List<@NonNull CitationNode> citations) {
    }

    /** A membership, walkable to both the member and the group. */
    @Type("Membership")
    @Description("A participant's place in a group (e.g. the International Syria Support Group), since when the texts say.")
    public record MembershipNode(
            @Ignore long memberId,
            @Ignore long groupId,
            @Ignore LocalDate asOf,
            @NonNull @Description("Its place in the group.") MembershipRole role,
            @Description("Since when, as far as the sources say.") PartialDate since,
            @NonNull @Description("Evidence for the membership.") List<@NonNull CitationNode> citations) {
    }
}
