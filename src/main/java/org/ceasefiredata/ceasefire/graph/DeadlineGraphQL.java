package org.ceasefiredata.ceasefire.graph;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.ceasefiredata.ceasefire.commitment.AssessmentView;
import org.ceasefiredata.ceasefire.commitment.Assessments;
import org.ceasefiredata.ceasefire.commitment.Deadline;
import org.ceasefiredata.ceasefire.commitment.DeadlineQueries;
import org.ceasefiredata.ceasefire.commitment.DeadlineStatus;
import org.ceasefiredata.ceasefire.evidence.Evidence;
import org.ceasefiredata.ceasefire.evidence.Evidence.Subject;
import org.ceasefiredata.ceasefire.kernel.DateType;
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

/** Deadlines: lookup, the list, their fields, and the deadlines of a commitment, a meeting and a participant. */
@GraphQLApi
public class DeadlineGraphQL {

    /** Filters of the deadline list, as in {@code GET /api/v1/deadlines}. */
    @Input("DeadlineFilter")
    @Description("Filters of the deadline list; all given filters must hold.")
    public record DeadlineFilter(
            @Description("Falling due on or after the first day of this date (its due window ends then or later).") String from,
            @Description("Falling due on or before the last day of this date (its due window starts then or earlier).") String to,
            @Description("Set by any of these participants (slug or any name).") List<String> participant,
            @Description("With any of these statuses (as assessed on asOf, when given).") List<DeadlineStatus> status,
            @Description("Absolute or relative deadlines only.") List<DateType> type,
            @Description("Attached to any of these commitments (slugs).") List<String> commitment,
            @Description("Set at any of these meetings (slugs).") List<String> meeting,
            @Description("Description or expression contains this, ignoring case.") String text,
            @Description("Only these deadlines (slugs).") List<String> slug,
            @Description("Only what sources published by this day support, with statuses as assessed then (any date precision: its last day counts).") String asOf) {
    }

    @Query("deadline")
    @Description("One deadline by slug; null when there is none, or none known on asOf.")
    public DeadlineNode deadline(@NonNull @Description("The deadline's slug.") String slug,
            @Description("Answer as known on this day (any date precision); nested fields follow.") String asOf) {
        LocalDate day = Args.asOf(asOf);
        Where w = new Where();
        w.and("e.slug = " + w.param(slug));
        return find(w, day).values().stream().findFirst().orElse(null);
    }

    @Query("deadlines")
    @NonNull
    @Description("Deadlines by due window (first possible day, then last; undated last), then slug.")
    public Connection<DeadlineNode> deadlines(@Description("Filters; all given must hold.") DeadlineFilter filter,
            @DefaultValue("25") @Description("Page size, 1 to 100.") Integer first,
            @Description("Cursor after which to start (pageInfo.endCursor of the previous page).") String after) {
        DeadlineFilter f = filter == null
                ? new DeadlineFilter(null, null, null, null, null, null, null, null, null, null)
                : filter;
        Args args = Args.page(first, after).put("from", f.from()).put("to", f.to()).put("participant", f.participant())
                .put("status", f.status()).put("type", f.type()).put("commitment", f.commitment())
                .put("meeting", f.meeting()).put("q", f.text()).put("slug", f.slug()).put("asOf", f.asOf());
        return args.connection("deadlines", DeadlineQueries.FILTERS, DeadlineQueries.SORT, DeadlineQueries.DEFAULT,
                r -> DeadlineQueries.page(r, w -> {
                }), DeadlineGraphQL::nodes);
    }

    @Description("The commitment it belongs to.")
    public List<CommitmentNode> commitment(@Source List<DeadlineNode> deadlines) {
        return Batch.of(deadlines, DeadlineNode::commitmentId, DeadlineNode::asOf,
                CommitmentGraphQL::byId, null);
    }

    @Description("The meeting that set it.")
    public List<MeetingNode> meeting(@Source List<DeadlineNode> deadlines) {
        return Batch.of(deadlines, DeadlineNode::meetingId, DeadlineNode::asOf, MeetingGraphQL::byId,
                null);
    }

    @NonNull
    @Description("Who set it.")
    public List<@NonNull List<@NonNull ParticipantNode>> setBy(@Source List<DeadlineNode> deadlines) {
        return Batch.of(deadlines, DeadlineNode::id, DeadlineNode::asOf, (ids, day) -> {
            List<Object[]> rows = CommitmentGraphQL.em().createQuery("select s.deadline.id, s.participant.id from"
                    + " DeadlineSetter s where s.deadline.id in :ids order by s.participant.name", Object[].class)
                    .setParameter("ids", ids).getResultList();
            Map<Long, ParticipantNode> participants = ParticipantGraphQL.byId(
                    rows.stream().map(r -> (Long) r[1]).distinct().toList(), null);
            return Batch.group(rows, r -> (Long) r[0]).entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                    e -> e.getValue().stream().map(r -> participants.get((Long) r[1])).toList()));
        }, List.of());
    }

    @NonNull
    @Description("Status assessments, oldest first (those with sources published by asOf, when given).")
    public List<@NonNull List<DeadlineNode.@NonNull Assessment>> history(@Source List<DeadlineNode> deadlines) {
        return Batch.of(deadlines, DeadlineNode::id, DeadlineNode::asOf,
                (ids, day) -> Assessments.history(Subject.DEADLINE, ids, day).entrySet().stream()
                        .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().stream()
                                .map(a -> new DeadlineNode.Assessment(Wire.parse(DeadlineStatus.class, a.status()),
                                        a.note(), a.citations().stream().map(c -> CitationNode.of(c, day)).toList()))
                                .toList())),
                List.of());
    }

    @NonNull
    @Description("Evidence for the deadline.")
    public List<@NonNull List<@NonNull CitationNode>> citations(@Source List<DeadlineNode> deadlines) {
        return Batch.of(deadlines, DeadlineNode::id, DeadlineNode::asOf,
                (ids, day) -> CitationNode.of(Subject.DEADLINE, ids, day), List.of());
    }

    @NonNull
    @Description("Statements of single sources where sources differ.")
    public List<@NonNull List<@NonNull ClaimNode>> claims(@Source List<DeadlineNode> deadlines) {
        return Batch.of(deadlines, DeadlineNode::id, DeadlineNode::asOf,
                (ids, day) -> ClaimNode.of(Subject.DEADLINE, ids, day), List.of());
    }

    @Name("deadlines")
    @NonNull
    @Description("Deadlines attached to the commitment, by due window.")
    public List<@NonNull List<@NonNull DeadlineNode>> commitmentDeadlines(@Source List<CommitmentNode> commitments) {
        return Batch.of(commitments, CommitmentNode::id, CommitmentNode::asOf, (ids, day) -> {
            Where w = new Where();
            w.and("e.commitment.id in " + w.param(ids));
            return Batch.group(List.copyOf(find(w, day).values()), DeadlineNode::commitmentId);
        }, List.of());
    }

    @Name("deadlines")
    @NonNull
    @Description("Deadlines the meeting set, by due window.")
    public List<@NonNull List<@NonNull DeadlineNode>> meetingDeadlines(@Source List<MeetingNode> meetings) {
        return Batch.of(meetings, MeetingNode::id, MeetingNode::asOf, (ids, day) -> {
            Where w = new Where();
            w.and("e.meeting.id in " + w.param(ids));
            return Batch.group(List.copyOf(find(w, day).values()), DeadlineNode::meetingId);
        }, List.of());
    }

    @Name("deadlines")
    @NonNull
    @Description("Deadlines it set, by due window: the first 'first' of them (the deadlines list with filter.participant pages through all).")
    public List<@NonNull List<@NonNull DeadlineNode>> participantDeadlines(@Source List<ParticipantNode> participants,
            @DefaultValue("25") @Description("How many, 1 to 100.") int first) {
        return Batch.of(participants, ParticipantNode::id, ParticipantNode::asOf,
                (ids, day) -> CommitmentGraphQL.firstPerParticipant("select s.participant_id as owner, d.id,"
                        + " d.due_earliest as earliest, d.slug from deadline_setter s join deadline d"
                        + " on d.id = s.deadline_id where s.participant_id = any(:ids)", ids, first,
                        found -> byId(found, day)),
                List.of());
    }

    private static Map<Long, DeadlineNode> find(Where w, LocalDate asOf) {
        Evidence.supportedBy(w, Subject.DEADLINE, "e", asOf);
        List<Deadline> rows = w.bind(CommitmentGraphQL.em().createQuery("select e from Deadline e" + w.clause()
                + " order by coalesce(e.due.earliest, {d '9999-12-31'}), coalesce(e.due.latest, {d '9999-12-31'}), e.slug",
                Deadline.class)).getResultList();
        Map<Long, DeadlineNode> found = new LinkedHashMap<>();
        nodes(rows, asOf).forEach(n -> found.put(n.id(), n));
        return found;
    }

    /** Deadlines by id, as known on {@code asOf}. */
    public static Map<Long, DeadlineNode> byId(java.util.Collection<Long> ids, LocalDate asOf) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Where w = new Where();
        w.and("e.id in " + w.param(ids));
        return find(w, asOf);
    }

    /** Nodes of deadlines; as of a day, with the status assessed by then. */
    static List<DeadlineNode> nodes(List<Deadline> rows, LocalDate asOf) {
        Map<Long, List<AssessmentView>> history = asOf == null
                ? Map.of()
                : Assessments.history(Subject.DEADLINE, rows.stream().map(d -> d.id).toList(), asOf);
        return rows.stream().map(d -> new DeadlineNode(d.id, asOf, d.commitment == null ? null : d.commitment.id,
                d.meeting == null ? null : d.meeting.id, d.slug, d.description, d.expression,
                d.offsetPeriod == null ? DateType.ABSOLUTE : DateType.RELATIVE, d.due == null ? null : d.due.toPartialDate(),
                d.anchor == null ? null : d.anchor.toPartialDate(), d.anchorEvent, d.offsetPeriod,
                asOf == null ? d.status : Wire.parse(DeadlineStatus.class, Assessments.statusAsOf(history.get(d.id)))))
                .toList();
    }
}
