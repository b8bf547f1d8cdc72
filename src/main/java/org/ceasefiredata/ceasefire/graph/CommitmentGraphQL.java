package org.ceasefiredata.ceasefire.graph;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.ceasefiredata.ceasefire.commitment.AssessmentView;
import org.ceasefiredata.ceasefire.commitment.Assessments;
import org.ceasefiredata.ceasefire.commitment.Commitment;
import org.ceasefiredata.ceasefire.commitment.CommitmentKind;
import org.ceasefiredata.ceasefire.commitment.CommitmentQueries;
import org.ceasefiredata.ceasefire.commitment.CommitmentStatus;
import org.ceasefiredata.ceasefire.commitment.PartyRelation;
import org.ceasefiredata.ceasefire.evidence.Evidence;
import org.ceasefiredata.ceasefire.evidence.Evidence.Subject;
import org.ceasefiredata.ceasefire.kernel.Wire;
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

/** Commitments: lookup, the list, their fields, and the commitments of a meeting and of a participant. */
@GraphQLApi
public class CommitmentGraphQL {

    /** Filters of the commitment list, as in {@code GET /api/v1/commitments}. */
    @Input("CommitmentFilter")
    @Description("Filters of the commitment list; all given filters must hold.")
    public record CommitmentFilter(
            @Description("Made on or after the first day of this date (2016, 2016-02, 2016-02-12, 2015-fall).") String from,
            @Description("Made on or before the last day of this date.") String to,
            @Description("Made by or binding any of these participants (slug or any name).") List<String> participant,
            @Description("Made by any of these participants.") List<String> madeBy,
            @Description("Binding any of these participants.") List<String> binds,
            @Description("Of any of these kinds.") List<CommitmentKind> kind,
            @Description("With any of these statuses (as assessed on asOf, when given).") List<CommitmentStatus> status,
            @Description("Made at any of these meetings (slugs).") List<String> meeting,
            @Description("Summary contains this, ignoring case.") String text,
            @Description("Only these commitments (slugs).") List<String> slug,
            @Description("Only what sources published by this day support, with statuses as assessed then (any date precision: its last day counts).") String asOf) {
    }

    @Query("commitment")
    @Description("One commitment by slug; null when there is none, or none known on asOf.")
    public CommitmentNode commitment(@NonNull @Description("The commitment's slug.") String slug,
            @Description("Answer as known on this day (any date precision); nested fields follow.") String asOf) {
        LocalDate day = Args.asOf(asOf);
        Where w = new Where();
        w.and("e.slug = " + w.param(slug));
        return find(w, day).values().stream().findFirst().orElse(null);
    }

    @Query("commitments")
    @NonNull
    @Description("Commitments by date made (undated last), then slug.")
    public Connection<CommitmentNode> commitments(@Description("Filters; all given must hold.") CommitmentFilter filter,
            @DefaultValue("25") @Description("Page size, 1 to 100.") Integer first,
            @Description("Cursor after which to start (pageInfo.endCursor of the previous page).") String after) {
        CommitmentFilter f = filter == null
                ? new CommitmentFilter(null, null, null, null, null, null, null, null, null, null, null)
                : filter;
        Args args = Args.page(first, after).put("from", f.from()).put("to", f.to()).put("participant", f.participant())
                .put("madeBy", f.madeBy()).put("binds", f.binds()).put("kind", f.kind()).put("status", f.status())
                .put("meeting", f.meeting()).put("q", f.text()).put("slug", f.slug()).put("asOf", f.asOf());
        return args.connection("commitments", CommitmentQueries.FILTERS, CommitmentQueries.SORT,
                CommitmentQueries.DEFAULT, r -> CommitmentQueries.page(r, w -> {
                }), CommitmentGraphQL::nodes);
    }

    @Description("The meeting where it was made.")
    public List<MeetingNode> meeting(@Source List<CommitmentNode> commitments) {
        return Batch.of(commitments, CommitmentNode::meetingId, CommitmentNode::asOf,
                MeetingGraphQL::byId, null);
    }

    @NonNull
    @Description("Who made it.")
    public List<@NonNull List<@NonNull ParticipantNode>> madeBy(@Source List<CommitmentNode> commitments) {
        return parties(commitments, PartyRelation.MADE_BY);
    }

    @NonNull
    @Description("Who it binds.")
    public List<@NonNull List<@NonNull ParticipantNode>> binds(@Source List<CommitmentNode> commitments) {
        return parties(commitments, PartyRelation.BINDS);
    }

    @NonNull
    @Description("Status assessments, oldest first (those with sources published by asOf, when given).")
    public List<@NonNull List<CommitmentNode.@NonNull Assessment>> history(@Source List<CommitmentNode> commitments) {
        return Batch.of(commitments, CommitmentNode::id, CommitmentNode::asOf,
                (ids, day) -> Assessments.history(Subject.COMMITMENT, ids, day).entrySet().stream()
                        .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().stream()
                                .map(a -> new CommitmentNode.Assessment(Wire.parse(CommitmentStatus.class, a.status()),
                                        a.note(), a.citations().stream().map(c -> CitationNode.of(c, day)).toList()))
                                .toList())),
                List.of());
    }

    @NonNull
    @Description("Evidence for the commitment.")
    public List<@NonNull List<@NonNull CitationNode>> citations(@Source List<CommitmentNode> commitments) {
        return Batch.of(commitments, CommitmentNode::id, CommitmentNode::asOf,
                (ids, day) -> CitationNode.of(Subject.COMMITMENT, ids, day), List.of());
    }

    @NonNull
    @Description("Statements of single sources where sources differ.")
    public List<@NonNull List<@NonNull ClaimNode>> claims(@Source List<CommitmentNode> commitments) {
        return Batch.of(commitments, CommitmentNode::id, CommitmentNode::asOf,
                (ids, day) -> ClaimNode.of(Subject.COMMITMENT, ids, day), List.of());
    }

    @NonNull
    @Description("Commitments made at the meeting, by date made, then slug.")
    public List<@NonNull List<@NonNull CommitmentNode>> commitments(@Source List<MeetingNode> meetings) {
        return Batch.of(meetings, MeetingNode::id, MeetingNode::asOf, (ids, day) -> {
            Where w = new Where();
            w.and("e.meeting.id in " + w.param(ids));
            return Batch.group(List.copyOf(find(w, day).values()), CommitmentNode::meetingId);
        }, List.of());
    }

    @Name("commitments")
    @NonNull
    @Description("Commitments it made or is bound by, by date made: the first 'first' of them (the commitments list with filter.participant pages through all).")
    public List<@NonNull List<@NonNull CommitmentNode>> participantCommitments(@Source List<ParticipantNode> participants,
            @DefaultValue("25") @Description("How many, 1 to 100.") int first) {
        return Batch.of(participants, ParticipantNode::id, ParticipantNode::asOf,
                (ids, day) -> firstPerParticipant("select distinct cp.participant_id as owner, c.id,"
                        + " c.date_earliest as earliest, c.slug from commitment_party cp join commitment c"
                        + " on c.id = cp.commitment_id where cp.participant_id = any(:ids)", ids, first,
                        found -> byId(found, day)),
                List.of());
    }

    /**
     * The first {@code first} records of each participant, by date and slug: {@code sql} selects (owner, id, earliest,
     * slug) for the participant ids bound as {@code :ids}; {@code load} turns the chosen ids into nodes.
     */
    public static <N> Map<Long, List<N>> firstPerParticipant(String sql, List<Long> ids, int first,
            java.util.function.Function<List<Long>, Map<Long, N>> load) {
        List<?> rows = em().createNativeQuery("select owner, id from (select t.owner, t.id, row_number() over (partition by"
                + " t.owner order by coalesce(t.earliest, date '9999-12-31'), t.slug) as n from (" + sql + ") t) x"
                + " where n <= :first order by owner, n", Object[].class).setParameter("ids", ids.toArray(new Long[0]))
                .setParameter("first", first).getResultList();
        Map<Long, List<Long>> top = new LinkedHashMap<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            top.computeIfAbsent(((Number) r[0]).longValue(), k -> new java.util.ArrayList<>()).add(((Number) r[1]).longValue());
        }
        Map<Long, N> found = top.isEmpty()
                ? Map.of()
                : load.apply(top.values().stream().flatMap(List::stream).distinct().toList());
        return top.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().stream()
                .map(found::get).filter(java.util.Objects::nonNull).toList()));
    }

    /** Commitments by id, as known on {@code asOf}. */
    public static Map<Long, CommitmentNode> byId(Collection<Long> ids, LocalDate asOf) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Where w = new Where();
        w.and("e.id in " + w.param(ids));
        return find(w, asOf);
    }

    private static Map<Long, CommitmentNode> find(Where w, LocalDate asOf) {
        Evidence.supportedBy(w, Subject.COMMITMENT, "e", asOf);
        List<Commitment> rows = w.bind(em().createQuery("select e from Commitment e" + w.clause()
                + " order by coalesce(e.date.earliest, {d '9999-12-31'}), e.slug", Commitment.class)).getResultList();
        Map<Long, CommitmentNode> found = new LinkedHashMap<>();
        nodes(rows, asOf).forEach(n -> found.put(n.id(), n));
        return found;
    }

    /** Nodes of commitments; as of a day, with the status assessed by then. */
    static List<CommitmentNode> nodes(List<Commitment> rows, LocalDate asOf) {
        Map<Long, List<AssessmentView>> history = asOf == null
                ? Map.of()
                : Assessments.history(Subject.COMMITMENT, rows.stream().map(c -> c.id).toList(), asOf);
        return rows.stream().map(c -> new CommitmentNode(c.id, asOf, c.meeting == null ? null : c.meeting.id, c.slug,
                c.summary, c.kind,
                asOf == null ? c.status : Wire.parse(CommitmentStatus.class, Assessments.statusAsOf(history.get(c.id))),
                c.date == null ? null : c.date.toPartialDate())).toList();
    }

    private static List<List<ParticipantNode>> parties(List<CommitmentNode> commitments,
            PartyRelation relation) {
        return Batch.of(commitments, CommitmentNode::id, CommitmentNode::asOf, (ids, day) -> {
            List<Object[]> rows = em().createQuery("select cp.commitment.id, cp.participant.id from CommitmentParty cp"
                    + " where cp.commitment.id in :ids and cp.relation = :r order by cp.participant.name", Object[].class)
                    .setParameter("ids", ids).setParameter("r", relation).getResultList();
            Map<Long, ParticipantNode> participants = ParticipantGraphQL.byId(
                    rows.stream().map(r -> (Long) r[1]).distinct().toList(), null);
            return Batch.group(rows, r -> (Long) r[0]).entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                    e -> e.getValue().stream().map(r -> participants.get((Long) r[1])).toList()));
        }, List.of());
    }

    static EntityManager em() {
        return Panache.getEntityManager();
    }
}
