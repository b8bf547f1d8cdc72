package org.ceasefiredata.ceasefire.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.ceasefiredata.ceasefire.evidence.EvidenceRepository;
import org.ceasefiredata.ceasefire.evidence.Subject;
import org.ceasefiredata.ceasefire.kernel.Basis;
import org.ceasefiredata.ceasefire.paging.Keys;
import org.ceasefiredata.ceasefire.paging.ListQuery;
import org.ceasefiredata.ceasefire.paging.Lists;
import org.ceasefiredata.ceasefire.paging.Page;
import org.ceasefiredata.ceasefire.paging.PageRequest;
import org.ceasefiredata.ceasefire.paging.Pending;
import org.ceasefiredata.ceasefire.paging.Row;
import org.ceasefiredata.ceasefire.paging.SortField;
import org.ceasefiredata.ceasefire.paging.SortKey;
import org.ceasefiredata.ceasefire.paging.Sql;
import org.ceasefiredata.ceasefire.paging.Where;
import org.ceasefiredata.ceasefire.participant.ParticipantRepository;

/** Every query about meetings: the list (alone or per participant), lookups, participations and series. */
@ApplicationScoped
public class MeetingRepository {

    /** Undated meetings sort after every dated one. */
    public static final SortField DATE = MeetingOrderField.DATE.field();
    public static final SortField END = MeetingOrderField.END.field();
    public static final SortField SLUG = MeetingOrderField.SLUG.field();
    public static final List<SortField> SORT = SortField.of(MeetingOrderField.values());
    public static final List<SortKey> CHRONOLOGICAL = List.of(SortKey.asc(DATE), SortKey.asc(END), SortKey.asc(SLUG));

    static final String COLUMNS = "e.id, e.slug, e.title, e.kind, e.status, e.place, e.country, e.date_value,"
            + " e.date_earliest, e.date_latest, e.date_precision, e.part_of_id, e.outcome, e.basis";
    /** Roles in their declared order (co-chair first), for ordering participations. */
    private static final String ROLE_ORDER = "array_position(array[" + Arrays.stream(ParticipantRole.values())
            .map(r -> "'" + r.name() + "'").collect(Collectors.joining(",")) + "], mp.role)";

    @Inject
    Sql sql;
    @Inject
    Lists lists;
    @Inject
    ParticipantRepository participants;

    static MeetingRow row(Row r) throws java.sql.SQLException {
        return new MeetingRow(r.id("id"), r.text("slug"), r.text("title"), r.constant(MeetingKind.class, "kind"),
                r.constant(MeetingStatus.class, "status"), r.text("place"), r.text("country"), r.partialDate("date"),
                r.optionalId("part_of_id"), r.text("outcome"), r.constant(Basis.class, "basis"));
    }

    /** One page of the meeting list. */
    public Page<MeetingRow> page(MeetingFilter filter, PageRequest page) {
        return lists.page(query(filter, null), page, MeetingRepository::row);
    }

    /**
     * The meetings of each participant: the meeting list filtered by that participant (as known on {@code asOf}), in
     * chronological order, at most {@code first} each (null: all).
     */
    public Map<Long, List<MeetingRow>> ofParticipants(Collection<Long> participantIds, LocalDate asOf, Integer first) {
        MeetingFilter filter = new MeetingFilter();
        filter.asOf = asOf == null ? null : asOf.toString();
        return lists.perParent(query(filter, "p.parent"), participantIds, CHRONOLOGICAL, first, MeetingRepository::row);
    }

    /**
     * A page of the meetings of each participant (GraphQL's {@code participations} connection): the same list as
     * {@link #ofParticipants}, read on after {@code page}'s cursor.
     */
    public Map<Long, Page<MeetingRow>> pagesOfParticipants(Collection<Long> participantIds, LocalDate asOf,
            PageRequest page) {
        MeetingFilter filter = new MeetingFilter();
        filter.asOf = asOf == null ? null : asOf.toString();
        return lists.perParentPages(query(filter, "p.parent"), participantIds, page.sortedBy(CHRONOLOGICAL),
                MeetingRepository::row);
    }

    /** The meetings of each series or process, in chronological order, as known on {@code asOf}. */
    public Map<Long, List<MeetingRow>> parts(Collection<Long> seriesIds, LocalDate asOf) {
        Where w = new Where();
        w.and("e.part_of_id = p.parent");
        EvidenceRepository.knownOn(w, Subject.MEETING, "e", asOf);
        return lists.perParent(new ListQuery("parts", COLUMNS, "meeting e", w), seriesIds, CHRONOLOGICAL, null,
                MeetingRepository::row);
    }

    /**
     * The list's filters as SQL. With {@code parent}, the meetings of the participant whose id that expression gives
     * (a correlation such as {@code p.parent}) instead of the filter's participants.
     */
    ListQuery query(MeetingFilter filter, String parent) {
        MeetingFilter.Checked f = (filter == null ? new MeetingFilter() : filter).check();
        Where w = new Where();
        lists.overlapping(w, "meeting", "date", f.from(), f.to());
        if (parent != null) {
            w.and(participation(w, "= " + parent, f.asOf()));
        } else if (f.participant() != null) {
            w.and(participation(w, "= any(" + w.param(List.copyOf(participants.resolve(f.participant(), "participant")))
                    + ")", f.asOf()));
        }
        if (f.place() != null) {
            String places = w.param(f.place().stream().map(p -> p.toLowerCase(Locale.ROOT)).toList());
            w.and("lower(e.place) = any(" + places + ") or lower(e.country) = any(" + places + ")");
        }
        if (f.kind() != null) {
            w.and("e.kind = any(" + w.param(f.kind()) + ")");
        }
        if (f.status() != null) {
            w.and("e.status = any(" + w.param(f.status()) + ")");
        }
        if (f.text() != null) {
            String like = w.contains(f.text());
            w.and("lower(e.title) like " + like + " escape '!' or lower(coalesce(e.outcome, '')) like " + like
                    + " escape '!' or lower(coalesce(e.place, '')) like " + like + " escape '!'");
        }
        if (f.slug() != null) {
            w.and("e.slug = any(" + w.param(f.slug()) + ")");
        }
        EvidenceRepository.knownOn(w, Subject.MEETING, "e", f.asOf());
        return new ListQuery("meetings", COLUMNS, "meeting e", w);
    }

    /**
     * "One of the participants ({@code participantTest}, e.g. {@code = any(:p0)}) took part in meeting {@code e}": as
     * of a day, only participations a source published by then reports.
     */
    private static String participation(Where w, String participantTest, LocalDate asOf) {
        String known = EvidenceRepository.known(w, Subject.MEETING_PARTICIPANT, "mp", asOf);
        return "exists (select 1 from meeting_participant mp where mp.meeting_id = e.id and mp.participant_id "
                + participantTest + (known == null ? "" : " and " + known) + ")";
    }

    /** Meetings by id, as known on {@code asOf} (absent when no source had reported them by then). */
    public Map<Long, MeetingRow> byIds(Collection<Long> ids, LocalDate asOf) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Where w = new Where();
        w.and("e.id = any(" + w.param(List.copyOf(ids)) + ")");
        EvidenceRepository.knownOn(w, Subject.MEETING, "e", asOf);
        Map<Long, MeetingRow> found = new LinkedHashMap<>();
        sql.lookup("select " + COLUMNS + " from meeting e" + w.clause(), w.params(), MeetingRepository::row)
                .forEach(m -> found.put(m.id(), m));
        return found;
    }

    /** The ids of the meetings with these slugs; an unknown slug is the client's error, named. */
    public List<Long> idsBySlugs(List<String> slugs, String parameter) {
        return lists.idsBySlugs("meeting", slugs, parameter);
    }

    /** One meeting by slug, as known on {@code asOf}. */
    public Optional<MeetingRow> bySlug(String slug, LocalDate asOf) {
        return pendingBySlug(slug, asOf).run();
    }

    /** As {@link #bySlug}, as a lookup not yet run (its {@link Pending#keys} the meeting's id, if found). */
    public Pending<Optional<MeetingRow>> pendingBySlug(String slug, LocalDate asOf) {
        Where w = new Where();
        w.and("e.slug = " + w.param(slug));
        EvidenceRepository.knownOn(w, Subject.MEETING, "e", asOf);
        return Pending.one(sql, "select " + COLUMNS + " from meeting e" + w.clause(), w.params(), MeetingRepository::row);
    }

    /**
     * The participations of the meetings, ordered by role as declared (co-chair first), then participant name; by
     * meeting id. As of a day, those a source published by then reports.
     */
    public Map<Long, List<ParticipationRow>> participations(Collection<Long> meetingIds, LocalDate asOf) {
        return participations(Keys.of(meetingIds), asOf).run();
    }

    /** As {@link #participations(Collection, LocalDate)}, as a lookup not yet run (see {@link Keys}). */
    public Pending<Map<Long, List<ParticipationRow>>> participations(Keys meetingIds, LocalDate asOf) {
        if (meetingIds.none()) {
            return Pending.done(Map.of());
        }
        Where w = new Where();
        w.and("mp.meeting_id " + meetingIds.test(w.params()));
        EvidenceRepository.knownOn(w, Subject.MEETING_PARTICIPANT, "mp", asOf);
        Map<Long, List<ParticipationRow>> grouped = new LinkedHashMap<>();
        return Pending.of(sql, "select mp.id as participation_id, mp.meeting_id, mp.role, " + ParticipantRepository.COLUMNS
                + " from meeting_participant mp join participant e on e.id = mp.participant_id" + w.clause()
                + " order by mp.meeting_id, " + ROLE_ORDER + ", e.name, mp.id", w.params(), r -> {
                    ParticipationRow p = new ParticipationRow(r.id("participation_id"), r.id("meeting_id"),
                            org.ceasefiredata.ceasefire.participant.ParticipantRepository.read(r),
                            r.constant(ParticipantRole.class, "role"));
                    grouped.computeIfAbsent(p.meetingId(), k -> new ArrayList<>()).add(p);
                    return null;
                }, () -> grouped).keyedBy("participation_id");
    }

    /**
     * The participations of the participants in the meetings given (by participant, then meeting id) — the roles a
     * participant played at each of its meetings; as of a day, those reported by then.
     */
    public Map<Long, List<ParticipationRow>> participationsOf(Collection<Long> participantIds, Collection<Long> meetingIds,
            LocalDate asOf) {
        if (participantIds.isEmpty() || meetingIds.isEmpty()) {
            return Map.of();
        }
        Where w = new Where();
        w.and("mp.participant_id = any(" + w.param(List.copyOf(participantIds)) + ")");
        w.and("mp.meeting_id = any(" + w.param(List.copyOf(meetingIds)) + ")");
        EvidenceRepository.knownOn(w, Subject.MEETING_PARTICIPANT, "mp", asOf);
        Map<Long, List<ParticipationRow>> grouped = new LinkedHashMap<>();
        sql.lookup("select mp.id as participation_id, mp.meeting_id, mp.role, " + ParticipantRepository.COLUMNS
                + " from meeting_participant mp join participant e on e.id = mp.participant_id" + w.clause()
                + " order by " + ROLE_ORDER + ", mp.id", w.params(),
                r -> new ParticipationRow(r.id("participation_id"), r.id("meeting_id"),
                        org.ceasefiredata.ceasefire.participant.ParticipantRepository.read(r),
                        r.constant(ParticipantRole.class, "role")))
                .forEach(p -> grouped.computeIfAbsent(p.participant().id(), k -> new ArrayList<>()).add(p));
        return grouped;
    }
}
