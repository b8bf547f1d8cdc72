package org.ceasefiredata.ceasefire.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.UriInfo;

import org.ceasefiredata.ceasefire.evidence.CitationView;
import org.ceasefiredata.ceasefire.evidence.ClaimView;
import org.ceasefiredata.ceasefire.evidence.Evidence;
import org.ceasefiredata.ceasefire.evidence.Evidence.Subject;
import org.ceasefiredata.ceasefire.kernel.RecordRef;
import org.ceasefiredata.ceasefire.participant.ParticipantRefs;
import org.ceasefiredata.ceasefire.web.ListRequest;
import org.ceasefiredata.ceasefire.web.Listing;
import org.ceasefiredata.ceasefire.web.PageView;
import org.ceasefiredata.ceasefire.web.SortField;
import org.ceasefiredata.ceasefire.web.SortKey;
import org.ceasefiredata.ceasefire.web.Where;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * How meetings are filtered, sorted and assembled into views; shared by the REST resource and GraphQL so that filters
 * and {@code asOf} mean the same everywhere.
 */
public final class MeetingQueries {

    /** Undated meetings sort after every dated one. */
    static final SortField DATE = SortField.date("date", "coalesce(e.date.earliest, {d '9999-12-31'})");
    static final SortField END = SortField.date("end", "coalesce(e.date.latest, {d '9999-12-31'})");
    static final SortField SLUG = SortField.text("slug", "e.slug");
    public static final List<SortField> SORT = List.of(DATE, END, SLUG, SortField.text("title", "e.title"),
            SortField.text("kind", "str(e.kind)"), SortField.text("status", "str(e.status)"));
    public static final List<SortKey> CHRONOLOGICAL = List.of(new SortKey(DATE, false), new SortKey(END, false),
            new SortKey(SLUG, false));
    public static final Set<String> FILTERS = Set.of("from", "to", "participant", "place", "kind", "status", "q", "slug");
    public static final Set<String> INCLUDES = Set.of("participants", "commitments", "deadlines");

    private MeetingQueries() {
    }

    public static ListRequest request(UriInfo uri) {
        return ListRequest.of(uri, FILTERS, SORT, CHRONOLOGICAL, INCLUDES);
    }

    /** A page of meetings matching the request's filters and {@code fixed} (e.g. a parent record). */
    public static PageView<MeetingView> list(ListRequest r, Consumer<Where> fixed) {
        return PageView.of(page(r, fixed), r,
                rows -> views(rows, r.asOf(), r.includes("participants"), r.includes("commitments"),
                        r.includes("deadlines")));
    }

    /** The entities of one page matching the request's filters and {@code fixed} (e.g. a parent record). */
    public static Listing.Page<Meeting> page(ListRequest r, Consumer<Where> fixed) {
        Where w = new Where();
        fixed.accept(w);
        ListRequest.Range range = r.range();
        Listing.overlapping(em(), w, "Meeting", "date", range);
        Set<Long> participants = ParticipantRefs.resolve(r, "participant");
        if (participants != null) {
            // As of a day, only participations the sources had reported by then count (as in the views).
            w.and("exists (select 1 from MeetingParticipant mp where mp.meeting = e and mp.participant.id in "
                    + w.param(participants) + (r.asOf() == null
                            ? ""
                            : " and exists (select 1 from Citation c where c.meetingParticipant = mp"
                                    + " and c.document.published.latest <= " + w.param(r.asOf()) + ")")
                    + ")");
        }
        List<String> places = r.values("place");
        if (!places.isEmpty()) {
            w.and("lower(e.place) in " + w.param(lower(places)) + " or lower(e.country) in " + w.param(lower(places)));
        }
        List<MeetingKind> kinds = r.enums("kind", MeetingKind.class);
        if (!kinds.isEmpty()) {
            w.and("e.kind in " + w.param(kinds));
        }
        List<MeetingStatus> statuses = r.enums("status", MeetingStatus.class);
        if (!statuses.isEmpty()) {
            w.and("e.status in " + w.param(statuses));
        }
        String q = r.value("q");
        if (q != null) {
            String like = w.contains(q);
            w.and("lower(e.title) like " + like + " escape '!' or lower(coalesce(e.outcome, '')) like " + like
                    + " escape '!' or lower(coalesce(e.place, '')) like " + like + " escape '!'");
        }
        List<String> slugs = r.values("slug");
        if (!slugs.isEmpty()) {
            w.and("e.slug in " + w.param(slugs));
        }
        Evidence.supportedBy(w, Subject.MEETING, "e", r.asOf());
        r.validate();
        return Listing.page(em(), Meeting.class, "from Meeting e", w, r);
    }

    /** One meeting with everything it relates to, as known on {@code asOf} (null: today). */
    public static Optional<MeetingView> get(String slug, LocalDate asOf) {
        return find(slug, asOf).map(m -> views(List.of(m), asOf, true, true, true).get(0));
    }

    /** The participations of one meeting, as known on {@code asOf}; empty when the meeting is not (yet) known. */
    public static Optional<List<ParticipationView>> participants(String slug, LocalDate asOf) {
        return find(slug, asOf).map(m -> participations(List.of(m.id), asOf).getOrDefault(m.id, List.of()));
    }

    private static Optional<Meeting> find(String slug, LocalDate asOf) {
        Where w = new Where();
        w.and("e.slug = " + w.param(slug));
        Evidence.supportedBy(w, Subject.MEETING, "e", asOf);
        return w.bind(em().createQuery("select e from Meeting e" + w.clause(), Meeting.class)).getResultStream().findFirst();
    }

    /** Views of a batch of meetings: a fixed number of queries whatever the batch size. */
    static List<MeetingView> views(List<Meeting> meetings, LocalDate asOf, boolean participants, boolean commitments,
            boolean deadlines) {
        List<Long> ids = meetings.stream().map(m -> m.id).toList();
        Map<Long, List<CitationView>> citations = Evidence.citations(Subject.MEETING, ids, asOf);
        Map<Long, List<ClaimView>> claims = Evidence.claims(Subject.MEETING, ids, asOf);
        Map<Long, RecordRef> parents = ids.isEmpty()
                ? Map.of()
                : refs(em()
                        .createQuery("select e.id, p.slug, p.title from Meeting e join e.partOf p where e.id in :ids",
                                Object[].class)
                        .setParameter("ids", ids).getResultList(), "meeting");
        Map<Long, List<ParticipationView>> roles = participants ? participations(ids, asOf) : null;
        Map<Long, List<RecordRef>> made = commitments ? related("Commitment", "summary", "commitment", ids, asOf) : null;
        Map<Long, List<RecordRef>> set = deadlines ? related("Deadline", "description", "deadline", ids, asOf) : null;
        return meetings.stream()
                .map(m -> new MeetingView(m.slug, m.title, m.kind, m.status, m.place, m.country,
                        m.date == null ? null : m.date.toPartialDate(), parents.get(m.id), m.outcome,
                        roles == null ? null : roles.getOrDefault(m.id, List.of()),
                        made == null ? null : made.getOrDefault(m.id, List.of()),
                        set == null ? null : set.getOrDefault(m.id, List.of()),
                        citations.getOrDefault(m.id, List.of()), claims.getOrDefault(m.id, List.of())))
                .toList();
    }

    /** Participations of the meetings, ordered by role as declared (co-chair first), then name. */
    static Map<Long, List<ParticipationView>> participations(List<Long> meetingIds, LocalDate asOf) {
        if (meetingIds.isEmpty()) {
            return Map.of();
        }
        List<MeetingParticipant> rows = em().createQuery("select mp from MeetingParticipant mp join fetch mp.participant p"
                + " join fetch mp.meeting m where m.id in :ids order by p.name, mp.id", MeetingParticipant.class)
                .setParameter("ids", meetingIds).getResultList();
        Map<Long, List<CitationView>> evidence = Evidence.citations(Subject.MEETING_PARTICIPANT,
                rows.stream().map(mp -> mp.id).toList(), asOf);
        Map<Long, List<ParticipationView>> byMeeting = new LinkedHashMap<>();
        rows.stream().sorted(Comparator.comparing((MeetingParticipant mp) -> mp.role.ordinal())).forEach(mp -> {
            List<CitationView> support = evidence.getOrDefault(mp.id, List.of());
            if (asOf == null || !support.isEmpty()) {
                byMeeting.computeIfAbsent(mp.meeting.id, k -> new ArrayList<>()).add(new ParticipationView(
                        mp.participant.slug, mp.participant.name, mp.participant.kind, mp.role,
                        RecordRef.meeting(mp.meeting.slug, mp.meeting.title), support));
            }
        });
        return byMeeting;
    }

    /** Commitments or deadlines linked to the meetings, as references, by meeting id. */
    private static Map<Long, List<RecordRef>> related(String entity, String label, String type, List<Long> ids,
            LocalDate asOf) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Where w = new Where();
        w.and("e.meeting.id in " + w.param(ids));
        Evidence.supportedBy(w, Subject.valueOf(type.toUpperCase(java.util.Locale.ROOT)), "e", asOf);
        return RecordRef.group(w.bind(em().createQuery("select e.meeting.id, e.slug, e." + label + " from " + entity + " e"
                + w.clause() + " order by e.slug", Object[].class)).getResultList(), type);
    }

    private static Map<Long, RecordRef> refs(List<Object[]> rows, String type) {
        Map<Long, RecordRef> refs = new LinkedHashMap<>();
        for (Object[] r : rows) {
            refs.put((Long) r[0], RecordRef.of(type, (String) r[1], (String) r[2]));
        }
        return refs;
    }

    private static List<String> lower(List<String> values) {
        return values.stream().map(String::toLowerCase).toList();
    }

    private static EntityManager em() {
        return Panache.getEntityManager();
    }
}
