package org.ceasefiredata.ceasefire.graph;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.ceasefiredata.ceasefire.evidence.Evidence;
import org.ceasefiredata.ceasefire.evidence.Evidence.Subject;
import org.ceasefiredata.ceasefire.graph.ParticipantNode.MembershipNode;
import org.ceasefiredata.ceasefire.graph.ParticipantNode.OfficeNode;
import org.ceasefiredata.ceasefire.participant.Membership;
import org.ceasefiredata.ceasefire.participant.NameKind;
import org.ceasefiredata.ceasefire.participant.Participant;
import org.ceasefiredata.ceasefire.participant.ParticipantKind;
import org.ceasefiredata.ceasefire.participant.ParticipantName;
import org.ceasefiredata.ceasefire.participant.ParticipantOffice;
import org.ceasefiredata.ceasefire.participant.ParticipantQueries;
import org.ceasefiredata.ceasefire.participant.ParticipantView;
import org.ceasefiredata.ceasefire.web.Problem;
import org.ceasefiredata.ceasefire.web.Where;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.quarkus.hibernate.orm.panache.Panache;

/** Participants: lookup by slug or any name, the list, and the fields of a participant. */
@GraphQLApi
public class ParticipantGraphQL {

    /** Filters of the participant list, as in {@code GET /api/v1/participants}. */
    @Input("ParticipantFilter")
    @Description("Filters of the participant list; all given filters must hold.")
    public record ParticipantFilter(
            @Description("Goes by any of these names (any spelling the texts use, e.g. 'Sergei Lavrov').") List<String> name,
            @Description("Is of any of these kinds.") List<ParticipantKind> kind,
            @Description("Is a member of any of these groups (slug or any name).") List<String> memberOf,
            @Description("Description or any name contains this, ignoring case.") String text,
            @Description("Only these participants (slugs).") List<String> slug,
            @Description("Only participants the sources had reported by this day (any date precision: its last day counts).") String asOf) {
    }

    @Query("participant")
    @Description("One participant by slug or by any of its names ('Sergei Lavrov' finds Sergey Lavrov); null when there is none. Give slug or name, not both.")
    public ParticipantNode participant(@Description("The participant's slug.") String slug,
            @Description("Any name the participant goes by, in any case.") String name,
            @Description("Answer as known on this day (any date precision).") String asOf) {
        LocalDate day = Args.asOf(asOf);
        if ((slug == null) == (name == null)) {
            throw new UserInputError("Give either slug or name.",
                    List.of(new Problem.Violation(slug == null ? "slug" : "name", "give exactly one of slug and name")));
        }
        List<Long> ids = slug != null
                ? Participant.findBySlug(slug).map(p -> List.of(p.id)).orElse(List.of())
                : Participant.idsBySlugOrName(name);
        if (ids.size() > 1) {
            List<String> slugs = byId(ids, null).values().stream().map(ParticipantNode::slug).sorted().toList();
            throw new UserInputError("The name '" + name + "' belongs to " + ids.size() + " participants ("
                    + String.join(", ", slugs) + "); ask by slug.",
                    List.of(new Problem.Violation("name", "is shared by " + String.join(", ", slugs))));
        }
        return ids.isEmpty()
                ? null
                : byId(ids, day).get(ids.get(0));
    }

    @Query("participants")
    @NonNull
    @Description("Participants by name, then slug.")
    public Connection<ParticipantNode> participants(@Description("Filters; all given must hold.") ParticipantFilter filter,
            @DefaultValue("25") @Description("Page size, 1 to 100.") Integer first,
            @Description("Cursor after which to start (pageInfo.endCursor of the previous page).") String after) {
        ParticipantFilter f = filter == null ? new ParticipantFilter(null, null, null, null, null, null) : filter;
        Args args = Args.page(first, after).put("name", f.name()).put("kind", f.kind()).put("memberOf", f.memberOf())
                .put("q", f.text()).put("slug", f.slug()).put("asOf", f.asOf());
        return args.connection("participants", ParticipantQueries.FILTERS, ParticipantQueries.SORT,
                ParticipantQueries.DEFAULT, r -> ParticipantQueries.page(r, w -> {
                }), (rows, day) -> rows.stream().map(p -> ParticipantNode.of(p, day)).toList());
    }

    @NonNull
    @Description("Every name it goes by in the texts, the preferred one first.")
    public List<@NonNull List<ParticipantView.@NonNull NameView>> names(@Source List<ParticipantNode> participants) {
        return Batch.of(participants, ParticipantNode::id, ParticipantNode::asOf,
                (ids, day) -> Batch.group(em().createQuery("select n from ParticipantName n where n.participant.id in :ids"
                        + " order by case when n.kind = :preferred then 0 else 1 end, n.name", ParticipantName.class)
                        .setParameter("ids", ids).setParameter("preferred", NameKind.PREFERRED).getResultList(),
                        n -> n.participant.id)
                        .entrySet().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
                                e -> e.getValue().stream().map(n -> new ParticipantView.NameView(n.name, n.kind,
                                        n.since == null ? null : n.since.toPartialDate())).toList())),
                List.of());
    }

    @NonNull
    @Description("Offices a person held at the time (as known on asOf).")
    public List<@NonNull List<@NonNull OfficeNode>> offices(@Source List<ParticipantNode> participants) {
        return Batch.of(participants, ParticipantNode::id, ParticipantNode::asOf, (ids, day) -> {
            List<ParticipantOffice> rows = em().createQuery("select o from ParticipantOffice o"
                    + " where o.participant.id in :ids order by o.title", ParticipantOffice.class)
                    .setParameter("ids", ids).getResultList();
            Map<Long, List<CitationNode>> evidence = CitationNode.of(Subject.PARTICIPANT_OFFICE,
                    rows.stream().map(o -> o.id).toList(), day);
            Map<Long, List<OfficeNode>> grouped = new LinkedHashMap<>();
            for (ParticipantOffice o : rows) {
                List<CitationNode> support = evidence.getOrDefault(o.id, List.of());
                if (day == null || !support.isEmpty()) {
                    grouped.computeIfAbsent(o.participant.id, k -> new ArrayList<>()).add(new OfficeNode(
                            o.organization == null ? null : o.organization.id, day, o.title,
                            o.during == null ? null : o.during.toPartialDate(), support));
                }
            }
            return grouped;
        }, List.of());
    }

    @Name("of")
    @Description("The state or organization the office belongs to.")
    public List<ParticipantNode> officeOf(@Source List<OfficeNode> offices) {
        return Batch.of(offices, OfficeNode::organizationId, OfficeNode::asOf, ParticipantGraphQL::byId, null);
    }

    @NonNull
    @Description("Groups it belongs to (as known on asOf).")
    public List<@NonNull List<@NonNull MembershipNode>> memberships(@Source List<ParticipantNode> participants) {
        return Batch.of(participants, ParticipantNode::id, ParticipantNode::asOf,
                (ids, day) -> memberships(ids, day, "member"), List.of());
    }

    @NonNull
    @Description("For a group: its members (as known on asOf).")
    public List<@NonNull List<@NonNull MembershipNode>> members(@Source List<ParticipantNode> participants) {
        return Batch.of(participants, ParticipantNode::id, ParticipantNode::asOf,
                (ids, day) -> memberships(ids, day, "group"), List.of());
    }

    @NonNull
    @Description("The member.")
    public List<ParticipantNode> member(@Source List<MembershipNode> memberships) {
        return Batch.of(memberships, MembershipNode::memberId, MembershipNode::asOf,
                ParticipantGraphQL::byId, null);
    }

    @NonNull
    @Description("The group.")
    public List<ParticipantNode> group(@Source List<MembershipNode> memberships) {
        return Batch.of(memberships, MembershipNode::groupId, MembershipNode::asOf,
                ParticipantGraphQL::byId, null);
    }

    @NonNull
    @Description("Evidence for the participant (sources published by asOf, when given).")
    public List<@NonNull List<@NonNull CitationNode>> citations(@Source List<ParticipantNode> participants) {
        return Batch.of(participants, ParticipantNode::id, ParticipantNode::asOf,
                (ids, day) -> CitationNode.of(Subject.PARTICIPANT, ids, day), List.of());
    }

    @NonNull
    @Description("Statements of single sources where sources differ.")
    public List<@NonNull List<@NonNull ClaimNode>> claims(@Source List<ParticipantNode> participants) {
        return Batch.of(participants, ParticipantNode::id, ParticipantNode::asOf,
                (ids, day) -> ClaimNode.of(Subject.PARTICIPANT, ids, day), List.of());
    }

    @Description("Participant mentions: who is mentioned.")
    public List<ParticipantNode> participant(@Source List<MentionNode> mentions) {
        return Batch.of(mentions, MentionNode::participantId, m -> null, ParticipantGraphQL::byId,
                null);
    }

    /** Participants by id, as known on {@code asOf} (absent when no source had reported them by then). */
    public static Map<Long, ParticipantNode> byId(Collection<Long> ids, LocalDate asOf) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Where w = new Where();
        w.and("e.id in " + w.param(ids));
        Evidence.supportedBy(w, Subject.PARTICIPANT, "e", asOf);
        Map<Long, ParticipantNode> found = new LinkedHashMap<>();
        w.bind(em().createQuery("select e from Participant e" + w.clause(), Participant.class)).getResultList()
                .forEach(p -> found.put(p.id, ParticipantNode.of(p, asOf)));
        return found;
    }

    private static Map<Long, List<MembershipNode>> memberships(List<Long> ids, LocalDate asOf, String side) {
        List<Membership> rows = em().createQuery("select m from Membership m join fetch m.member join fetch m.group where m."
                + side + ".id in :ids order by m.role, m.group.name, m.member.name", Membership.class)
                .setParameter("ids", ids).getResultList();
        Map<Long, List<CitationNode>> evidence = CitationNode.of(Subject.MEMBERSHIP, rows.stream().map(m -> m.id).toList(),
                asOf);
        Map<Long, List<MembershipNode>> grouped = new LinkedHashMap<>();
        for (Membership m : rows) {
            List<CitationNode> support = evidence.getOrDefault(m.id, List.of());
            if (asOf == null || !support.isEmpty()) {
                grouped.computeIfAbsent(side.equals("member") ? m.member.id : m.group.id, k -> new ArrayList<>())
                        .add(new MembershipNode(m.member.id, m.group.id, asOf, m.role,
                                m.since == null ? null : m.since.toPartialDate(), support));
            }
        }
        return grouped;
    }

    private static EntityManager em() {
        return Panache.getEntityManager();
    }
}
