package org.ceasefiredata.ceasefire.graph;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.ceasefiredata.ceasefire.evidence.Evidence;
import org.ceasefiredata.ceasefire.evidence.Evidence.Subject;
import org.ceasefiredata.ceasefire.graph.MeetingNode.ParticipationNode;
import org.ceasefiredata.ceasefire.meeting.Meeting;
import org.ceasefiredata.ceasefire.meeting.MeetingKind;
import org.ceasefiredata.ceasefire.meeting.MeetingQueries;
import org.ceasefiredata.ceasefire.meeting.MeetingStatus;
import org.ceasefiredata.ceasefire.meeting.ParticipantRole;
import org.ceasefiredata.ceasefire.web.Where;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.quarkus.hibernate.orm.panache.Panache;

/** Meetings: lookup, the list, the fields of a meeting and of a participation, and a participant's meetings. */
@GraphQLApi
public class MeetingGraphQL {

    /** Filters of the meeting list, as in {@code GET /api/v1/meetings}. */
    @Input("MeetingFilter")
    @Description("Filters of the meeting list; all given filters must hold.")
    public record MeetingFilter(
            @Description("Meetings whose date window ends on or after the first day of this date (2016, 2016-02, 2016-02-12, 2015-fall).") String from,
            @Description("Meetings whose date window starts on or before the last day of this date.") String to,
            @Description("Attended by any of these participants (slug or any name).") List<String> participant,
            @Description("Held in any of these places or countries, ignoring case.") List<String> place,
            @Description("Of any of these kinds.") List<MeetingKind> kind,
            @Description("With any of these statuses.") List<MeetingStatus> status,
            @Description("Title, outcome or place contains this, ignoring case.") String text,
            @Description("Only these meetings (slugs).") List<String> slug,
            @Description("Only what sources published by this day support (any date precision: its last day counts); nested fields follow.") String asOf) {
    }

    @Query("meeting")
    @Description("One meeting by slug; null when there is none, or none known on asOf.")
    public MeetingNode meeting(@NonNull @Description("The meeting's slug.") String slug,
            @Description("Answer as known on this day (any date precision); nested fields follow.") String asOf) {
        LocalDate day = Args.asOf(asOf);
        return bySlug(slug, day).stream().findFirst().orElse(null);
    }

    @Query("meetings")
    @NonNull
    @Description("Meetings in chronological order of their date windows (undated last), then slug.")
    public Connection<MeetingNode> meetings(@Description("Filters; all given must hold.") MeetingFilter filter,
            @DefaultValue("25") @Description("Page size, 1 to 100.") Integer first,
            @Description("Cursor after which to start (pageInfo.endCursor of the previous page).") String after) {
        MeetingFilter f = filter == null ? new MeetingFilter(null, null, null, null, null, null, null, null, null) : filter;
        Args args = Args.page(first, after).put("from", f.from()).put("to", f.to()).put("participant", f.participant())
                .put("place", f.place()).put("kind", f.kind()).put("status", f.status()).put("q", f.text())
                .put("slug", f.slug()).put("asOf", f.asOf());
        return args.connection("meetings", MeetingQueries.FILTERS, MeetingQueries.SORT, MeetingQueries.CHRONOLOGICAL,
                r -> MeetingQueries.page(r, w -> {
                }), (rows, day) -> rows.stream().map(m -> MeetingNode.of(m, day)).toList());
    }

    @Description("The series or process the meeting belongs to.")
    public List<MeetingNode> partOf(@Source List<MeetingNode> meetings) {
        return Batch.of(meetings, MeetingNode::partOfId, MeetingNode::asOf, MeetingGraphQL::byId, null);
    }

    @NonNull
    @Description("The meetings of this series or process, in chronological order.")
    public List<@NonNull List<@NonNull MeetingNode>> parts(@Source List<MeetingNode> meetings) {
        return Batch.of(meetings, MeetingNode::id, MeetingNode::asOf, (ids, day) -> {
            Where w = new Where();
            w.and("e.partOf.id in " + w.param(ids));
            Evidence.supportedBy(w, Subject.MEETING, "e", day);
            return Batch.group(w.bind(em().createQuery("select e from Meeting e" + w.clause()
                    + " order by coalesce(e.date.earliest, {d '9999-12-31'}), e.slug", Meeting.class)).getResultList()
                    .stream().map(m -> MeetingNode.of(m, day)).toList(), MeetingNode::partOfId);
        }, List.of());
    }

    @NonNull
    @Description("Participants with their roles, ordered by role (co-chair, chair, convener, mediator, party, attendee, observer, excluded party, host), then name.")
    public List<@NonNull List<@NonNull ParticipationNode>> participants(@Source List<MeetingNode> meetings) {
        return Batch.of(meetings, MeetingNode::id, MeetingNode::asOf, (ids, day) -> {
            Where w = new Where();
            w.and("mp.meeting.id in " + w.param(ids));
            Evidence.supportedBy(w, Subject.MEETING_PARTICIPANT, "mp", day);
            List<Object[]> rows = w.bind(em().createQuery("select mp.id, mp.meeting.id, mp.participant.id, mp.role"
                    + " from MeetingParticipant mp" + w.clause() + " order by mp.participant.name, mp.id", Object[].class))
                    .getResultList();
            return Batch.group(rows.stream().map(r -> new ParticipationNode((Long) r[0], (Long) r[1], (Long) r[2], day,
                    (ParticipantRole) r[3])).sorted(Comparator.comparing((ParticipationNode p) -> p.role().ordinal()))
                    .toList(), ParticipationNode::meetingId);
        }, List.of());
    }

    @NonNull
    @Description("Evidence that the meeting took place (or was planned) as described.")
    public List<@NonNull List<@NonNull CitationNode>> citations(@Source List<MeetingNode> meetings) {
        return Batch.of(meetings, MeetingNode::id, MeetingNode::asOf,
                (ids, day) -> CitationNode.of(Subject.MEETING, ids, day), List.of());
    }

    @NonNull
    @Description("Statements of single sources where sources differ (e.g. on duration).")
    public List<@NonNull List<@NonNull ClaimNode>> claims(@Source List<MeetingNode> meetings) {
        return Batch.of(meetings, MeetingNode::id, MeetingNode::asOf,
                (ids, day) -> ClaimNode.of(Subject.MEETING, ids, day), List.of());
    }

    @NonNull
    @Description("The participant.")
    public List<ParticipantNode> participant(@Source List<ParticipationNode> participations) {
        return Batch.of(participations, ParticipationNode::participantId,
                ParticipationNode::asOf, (ids, day) -> ParticipantGraphQL.byId(ids, null), null);
    }

    @NonNull
    @Description("The meeting.")
    public List<MeetingNode> meeting(@Source List<ParticipationNode> participations) {
        return Batch.of(participations, ParticipationNode::meetingId, ParticipationNode::asOf,
                (ids, day) -> byId(ids, null), null);
    }

    @NonNull
    @Description("Evidence for the participation and role.")
    @org.eclipse.microprofile.graphql.Name("citations")
    public List<@NonNull List<@NonNull CitationNode>> participationCitations(@Source List<ParticipationNode> participations) {
        return Batch.of(participations, ParticipationNode::id, ParticipationNode::asOf,
                (ids, day) -> CitationNode.of(Subject.MEETING_PARTICIPANT, ids, day), List.of());
    }

    @NonNull
    @Description("Meetings it took part in, with its role, in chronological order of the meetings: the first 'first' of them (the meetings list with filter.participant pages through all).")
    public List<@NonNull List<@NonNull ParticipationNode>> participations(@Source List<ParticipantNode> participants,
            @DefaultValue("25") @Description("How many, 1 to 100.") int first) {
        return Batch.of(participants,
                ParticipantNode::id, ParticipantNode::asOf, (ids, day) -> {
                    String asOf = day == null
                            ? ""
                            : " and exists (select 1 from citation c join source_document d on d.id = c.document_id"
                                    + " where c.meeting_participant_id = mp.id and d.published_latest <= :asOf)"
                                    + " and exists (select 1 from citation c join source_document d on d.id = c.document_id"
                                    + " where c.meeting_id = m.id and d.published_latest <= :asOf)";
                    var q = em().createNativeQuery("select id, meeting_id, participant_id, role from (select mp.id,"
                            + " mp.meeting_id, mp.participant_id, mp.role, row_number() over (partition by mp.participant_id"
                            + " order by coalesce(m.date_earliest, date '9999-12-31'), m.slug) as n from meeting_participant mp"
                            + " join meeting m on m.id = mp.meeting_id where mp.participant_id = any(:ids)" + asOf
                            + ") x where n <= :first order by participant_id, n", Object[].class)
                            .setParameter("ids", ids.toArray(new Long[0])).setParameter("first", first);
                    if (day != null) {
                        q.setParameter("asOf", day);
                    }
                    List<ParticipationNode> rows = new ArrayList<>();
                    for (Object row : q.getResultList()) {
                        Object[] r = (Object[]) row;
                        rows.add(new ParticipationNode(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                                ((Number) r[2]).longValue(), day, ParticipantRole.valueOf((String) r[3])));
                    }
                    return Batch.group(rows, ParticipationNode::participantId);
                }, List.of());
    }

    /** Meetings by id, as known on {@code asOf} (absent when no source had reported them by then). */
    public static Map<Long, MeetingNode> byId(Collection<Long> ids, LocalDate asOf) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Where w = new Where();
        w.and("e.id in " + w.param(ids));
        return find(w, asOf);
    }

    private static List<MeetingNode> bySlug(String slug, LocalDate asOf) {
        Where w = new Where();
        w.and("e.slug = " + w.param(slug));
        return new ArrayList<>(find(w, asOf).values());
    }

    private static Map<Long, MeetingNode> find(Where w, LocalDate asOf) {
        Evidence.supportedBy(w, Subject.MEETING, "e", asOf);
        Map<Long, MeetingNode> found = new LinkedHashMap<>();
        w.bind(em().createQuery("select e from Meeting e" + w.clause(), Meeting.class)).getResultList()
                .forEach(m -> found.put(m.id, MeetingNode.of(m, asOf)));
        return found;
    }

    private static EntityManager em() {
        return Panache.getEntityManager();
    }
}
