package org.ceasefiredata.ceasefire.commitment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.ceasefiredata.ceasefire.evidence.EvidenceRepository;
import org.ceasefiredata.ceasefire.evidence.Subject;
import org.ceasefiredata.ceasefire.kernel.Basis;
import org.ceasefiredata.ceasefire.kernel.Checks;
import org.ceasefiredata.ceasefire.kernel.DateType;
import org.ceasefiredata.ceasefire.meeting.MeetingRepository;
import org.ceasefiredata.ceasefire.paging.Keys;
import org.ceasefiredata.ceasefire.paging.ListQuery;
import org.ceasefiredata.ceasefire.paging.Lists;
import org.ceasefiredata.ceasefire.paging.Page;
import org.ceasefiredata.ceasefire.paging.PageRequest;
import org.ceasefiredata.ceasefire.paging.Params;
import org.ceasefiredata.ceasefire.paging.Pending;
import org.ceasefiredata.ceasefire.paging.Row;
import org.ceasefiredata.ceasefire.paging.SortField;
import org.ceasefiredata.ceasefire.paging.SortKey;
import org.ceasefiredata.ceasefire.paging.Sql;
import org.ceasefiredata.ceasefire.paging.Where;
import org.ceasefiredata.ceasefire.participant.ParticipantRepository;
import org.ceasefiredata.ceasefire.participant.ParticipantRow;

/** Every query about deadlines: the list (alone, per commitment, meeting or participant), lookups and setters. */
@ApplicationScoped
public class DeadlineRepository {

    public static final SortField DUE = DeadlineOrderField.DUE.field();
    public static final SortField DUE_END = DeadlineOrderField.DUE_END.field();
    public static final SortField SLUG = DeadlineOrderField.SLUG.field();
    public static final SortField STATUS = DeadlineOrderField.STATUS.field();
    public static final List<SortField> SORT = SortField.of(DeadlineOrderField.values());
    public static final List<SortKey> DEFAULT_SORT = List.of(SortKey.asc(DUE), SortKey.asc(DUE_END), SortKey.asc(SLUG));

    /** Which parent a nested list of deadlines belongs to. */
    public enum Parent {
        COMMITMENT, MEETING, PARTICIPANT
    }

    @Inject
    Sql sql;
    @Inject
    Lists lists;
    @Inject
    ParticipantRepository participants;
    @Inject
    MeetingRepository meetings;
    @Inject
    CommitmentRepository commitments;

    private static String columns(Where w, LocalDate asOf) {
        return "e.id, e.slug, e.description, e.expression, e.commitment_id, e.meeting_id, e.due_value, e.due_earliest,"
                + " e.due_latest, e.due_precision, e.anchor_value, e.anchor_earliest, e.anchor_latest, e.anchor_precision,"
                + " e.anchor_event, e.offset_period, e.basis, " + AssessmentRepository.status(w, Subject.DEADLINE, "e", asOf)
                + " as status";
    }

    static DeadlineRow row(Row r) throws java.sql.SQLException {
        return new DeadlineRow(r.id("id"), r.text("slug"), r.text("description"), r.text("expression"),
                r.optionalId("commitment_id"), r.optionalId("meeting_id"), r.partialDate("due"), r.partialDate("anchor"),
                r.text("anchor_event"), r.text("offset_period"), r.constant(DeadlineStatus.class, "status"),
                r.constant(Basis.class, "basis"));
    }

    /** One page of the deadline list. */
    public Page<DeadlineRow> page(DeadlineFilter filter, PageRequest page) {
        DeadlineFilter f = filter == null ? new DeadlineFilter() : filter;
        if (f.day() != null && page.sort().stream().anyMatch(k -> k.field().equals(STATUS))) {
            new Checks().reject("sort", "cannot sort by status together with asOf (statuses as of a day are computed per"
                    + " record)").done();
        }
        return lists.page(query(f, null, null), page, DeadlineRepository::row);
    }

    /** The deadlines of each parent, in the list's order (due window, then slug), at most {@code first} each. */
    public Map<Long, List<DeadlineRow>> of(Parent parent, Collection<Long> ids, LocalDate asOf, Integer first) {
        return of(parent, Keys.of(ids), asOf, first).run();
    }

    /** As {@link #of(Parent, Collection, LocalDate, Integer)}, as a lookup not yet run (see {@link Keys}). */
    public Pending<Map<Long, List<DeadlineRow>>> of(Parent parent, Keys ids, LocalDate asOf, Integer first) {
        DeadlineFilter filter = new DeadlineFilter();
        filter.asOf = asOf == null ? null : asOf.toString();
        return lists.perParent(query(filter, parent, "p.parent"), ids, DEFAULT_SORT, first, DeadlineRepository::row);
    }

    ListQuery query(DeadlineFilter filter, Parent parent, String correlation) {
        DeadlineFilter.Checked f = filter.check();
        Where w = new Where();
        String select = columns(w, f.asOf());
        lists.overlapping(w, "deadline", "due", f.from(), f.to());
        if (parent == Parent.PARTICIPANT) {
            w.and(setBy("= " + correlation));
        } else if (f.participant() != null) {
            w.and(setBy("= any(" + w.param(List.copyOf(participants.resolve(f.participant(), "participant"))) + ")"));
        }
        if (f.status() != null) {
            w.and(AssessmentRepository.status(w, Subject.DEADLINE, "e", f.asOf()) + " = any(" + w.param(f.status()) + ")");
        }
        if (f.type() != null && f.type().size() == 1) {
            w.and(f.type().get(0) == DateType.RELATIVE ? "e.offset_period is not null" : "e.offset_period is null");
        }
        if (parent == Parent.COMMITMENT) {
            w.and("e.commitment_id = " + correlation);
        } else if (f.commitment() != null) {
            w.and("e.commitment_id = any(" + w.param(commitments.idsBySlugs(f.commitment(), "commitment")) + ")");
        }
        if (parent == Parent.MEETING) {
            w.and("e.meeting_id = " + correlation);
        } else if (f.meeting() != null) {
            w.and("e.meeting_id = any(" + w.param(meetings.idsBySlugs(f.meeting(), "meeting")) + ")");
        }
        if (f.text() != null) {
            String like = w.contains(f.text());
            w.and("lower(e.description) like " + like + " escape '!' or lower(e.expression) like " + like + " escape '!'");
        }
        if (f.slug() != null) {
            w.and("e.slug = any(" + w.param(f.slug()) + ")");
        }
        EvidenceRepository.knownOn(w, Subject.DEADLINE, "e", f.asOf());
        return new ListQuery("deadlines", select, "deadline e", w);
    }

    private static String setBy(String participantTest) {
        return "exists (select 1 from deadline_setter s where s.deadline_id = e.id and s.participant_id " + participantTest
                + ")";
    }

    /** Deadlines by id, as known on {@code asOf} (with the status assessed then). */
    public Map<Long, DeadlineRow> byIds(Collection<Long> ids, LocalDate asOf) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Where w = new Where();
        String select = columns(w, asOf);
        w.and("e.id = any(" + w.param(List.copyOf(ids)) + ")");
        EvidenceRepository.knownOn(w, Subject.DEADLINE, "e", asOf);
        Map<Long, DeadlineRow> found = new LinkedHashMap<>();
        sql.lookup("select " + select + " from deadline e" + w.clause(), w.params(), DeadlineRepository::row)
                .forEach(d -> found.put(d.id(), d));
        return found;
    }

    /** One deadline by slug, as known on {@code asOf}. */
    public Optional<DeadlineRow> bySlug(String slug, LocalDate asOf) {
        return pendingBySlug(slug, asOf).run();
    }

    /** As {@link #bySlug}, as a lookup not yet run (its {@link Pending#keys} the deadline's id, if found). */
    public Pending<Optional<DeadlineRow>> pendingBySlug(String slug, LocalDate asOf) {
        Where w = new Where();
        String select = columns(w, asOf);
        w.and("e.slug = " + w.param(slug));
        EvidenceRepository.knownOn(w, Subject.DEADLINE, "e", asOf);
        return Pending.one(sql, "select " + select + " from deadline e" + w.clause(), w.params(), DeadlineRepository::row);
    }

    /** Who set the deadlines, by name; by deadline id. */
    public Map<Long, List<ParticipantRow>> setters(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<ParticipantRow>> grouped = new LinkedHashMap<>();
        sql.lookup("select s.deadline_id, " + ParticipantRepository.COLUMNS + " from " + settersOf("ids")
                + " order by e.name, e.id",
                new Params().bind("ids", List.copyOf(ids)),
                r -> new Object[]{r.id("deadline_id"), ParticipantRepository.read(r)})
                .forEach(r -> grouped.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add((ParticipantRow) r[1]));
        return grouped;
    }

    /**
     * What follows {@code from} in a query of the setters of the deadlines whose ids are bound to {@code :ids}: the
     * table {@code deadline_setter s} joined with the participant {@code e}, and the condition (here and in
     * {@link ReferenceRepository}).
     */
    static String settersOf(String ids) {
        return "deadline_setter s join participant e on e.id = s.participant_id where s.deadline_id = any(:" + ids + ")";
    }
}
