package org.ceasefiredata.ceasefire.graph;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.ceasefiredata.ceasefire.kernel.Basis;
import org.ceasefiredata.ceasefire.kernel.Docs;
import org.ceasefiredata.ceasefire.kernel.PartialDate;
import org.ceasefiredata.ceasefire.participant.MembershipRole;
import org.ceasefiredata.ceasefire.participant.ParticipantDetails;
import org.ceasefiredata.ceasefire.participant.ParticipantDocs;
import org.ceasefiredata.ceasefire.participant.ParticipantKind;
import org.ceasefiredata.ceasefire.participant.ParticipantRow;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A participant in the GraphQL graph; its relations are loaded ahead by {@link Assembler}. */
@Type("Participant")
@Description(ParticipantDocs.PARTICIPANT)
public record ParticipantNode(
        @Ignore long key,
        @Ignore LocalDate asOf,
        @Ignore Map<String, Object> related,
        @NonNull @Description(Docs.SLUG_FIELD) String slug,
        @NonNull @Description(ParticipantDocs.KIND) ParticipantKind kind,
        @NonNull @Description(ParticipantDocs.NAME) String name,
        @Description(ParticipantDocs.DESCRIPTION) String description,
        @NonNull @Description(Docs.BASIS_OF_PARTICIPANT) Basis basis) implements SearchRecord, GraphNode, Node {

    @NonNull
    @Description("The kind, under a name of its own: in a search union it does not clash with the kinds of other records.")
    public ParticipantKind getParticipantKind() {
        return kind;
    }

    @Override
    @NonNull
    @org.eclipse.microprofile.graphql.Id
    @Description("Global id of the record: stable and opaque; node(id:) finds it again.")
    public String getId() {
        return Node.id("Participant", slug);
    }

    static ParticipantNode of(ParticipantRow p, LocalDate asOf) {
        return new ParticipantNode(p.id(), asOf, GraphNode.slots(), p.slug(), p.kind(), p.name(), p.description(),
                p.basis());
    }

    /** One name of a participant. */
    @Type("ParticipantName")
    @Description(ParticipantDocs.NAME_TYPE)
    public record NameNode(
            @Description(ParticipantDocs.NAME_NAME) String name,
            @Description(ParticipantDocs.NAME_KIND) org.ceasefiredata.ceasefire.participant.NameKind kind,
            @Description(ParticipantDocs.NAME_SINCE) PartialDate since) {
    }

    /** An office a person held. */
    @Type("Office")
    @Description(ParticipantDocs.OFFICE)
    public record OfficeNode(
            @Ignore ParticipantRow organization,
            @Ignore LocalDate asOf,
            @Ignore Map<String, Object> related,
            @NonNull @Description(ParticipantDocs.OFFICE_TITLE) String title,
            @Description(ParticipantDocs.OFFICE_DURING) PartialDate during,
            @NonNull @Description(ParticipantDocs.OFFICE_CITATIONS) List<@NonNull CitationNode> citations)
            implements
                GraphNode {

        static OfficeNode of(ParticipantDetails.Office o, LocalDate asOf) {
            return new OfficeNode(o.organization(), asOf, GraphNode.slots(), o.title(), o.during(),
                    CitationNode.of(o.citations(), asOf));
        }
    }

    /** A membership, walkable to both the member and the group. */
    @Type("Membership")
    @Description(ParticipantDocs.MEMBERSHIP)
    public record MembershipNode(
            @Ignore ParticipantRow member,
            @Ignore ParticipantRow group,
            @Ignore LocalDate asOf,
            @Ignore Map<String, Object> related,
            @NonNull @Description(ParticipantDocs.MEMBERSHIP_ROLE) MembershipRole role,
            @Description(ParticipantDocs.MEMBERSHIP_SINCE) PartialDate since,
            @NonNull @Description(ParticipantDocs.MEMBERSHIP_CITATIONS) List<@NonNull CitationNode> citations)
            implements
                GraphNode {

        static MembershipNode of(ParticipantDetails.Membership m, LocalDate asOf) {
            return new MembershipNode(m.member(), m.group(), asOf, GraphNode.slots(), m.role(), m.since(),
                    CitationNode.of(m.citations(), asOf));
        }
    }
}
