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

/** Every query about commitments: the list (alone, per meeting or per participant), lookups and parties. */
@ApplicationScoped
public class CommitmentRepository {

    public static final SortField DATE = CommitmentOrderField.DATE.field();
    public static final SortField SLUG = CommitmentOrderField.SLUG.field();
    public static final SortField STATUS = CommitmentOrderField.STATUS.field();
    public static final List<SortField> SORT = SortField.of(CommitmentOrderField.values());
    public static final List<SortKey> DEFAULT_SORT = List.of(SortKey.asc(DATE), SortKey.asc(SLUG));

    /** Which parent a nested list of commitments belongs to. */
    public enum Parent {
        MEETING, PARTICIPANT
    }

    @Inject
    Sql sql;
    @Inject
    Lists lists;
    @Inject
    ParticipantRepository participants;
    @Inject
    MeetingRepository meetings;

    private static String columns(Where w, LocalDate asOf) {
        return "e.id, e.slug, e.summary, e.kind, e.meeting_id, e.date_value, e.date_earliest, e.date_latest,"
                + " e.date_precision, e.basis, " + AssessmentRepository.status(w, Subject.COMMITMENT, "e", asOf) + " as status";
    }

    static CommitmentRow row(Row r) throws java.sql.SQLException {
        return new CommitmentRow(r.id("id"), r.text("slug"), r.text("summary"), r.constant(CommitmentKind.class, "kind"),
                r.optionalId("meeting_id"), r.partialDate("date"), r.constant(CommitmentStatus.class, "status"),
                r.constant(Basis.class, "basis"));
    }

    /** One page of the commitment list. */
    public Page<CommitmentRow> page(CommitmentFilter filter, PageRequest page) {
        CommitmentFilter f = filter == null ? new CommitmentFilter() : filter;
        if (f.day() != null && page.sort().stream().anyMatch(k -> k.field().equals(STATUS))) {
            new Checks().reject("sort", "cannot sort by status together with asOf (statuses as of a day are computed per"
                    + " record)").done();
        }
        return lists.page(query(f, null, null), page, CommitmentRepository::row);
    }

    /** The commitments of each parent (meeting, or participant who made or is bound by them), at most {@code first}. */
    public Map<Long, List<CommitmentRow>> of(Parent parent, Collection<Long> ids, LocalDate asOf, Integer first) {
        return of(parent, Keys.of(ids), asOf, first).run();
    }

    /** As {@link #of(Parent, Collection, LocalDate, Integer)}, as a lookup not yet run (see {@link Keys}). */
    public Pending<Map<Long, List<CommitmentRow>>> of(Parent parent, Keys ids, LocalDate asOf, Integer first) {
        CommitmentFilter filter = new CommitmentFilter();
        filter.asOf = asOf == null ? null : asOf.toString();
        return lists.perParent(query(filter, parent, "p.parent"), ids, DEFAULT_SORT, first, CommitmentRepository::row);
    }

    ListQuery query(CommitmentFilter filter, Parent parent, String correlation) {
        CommitmentFilter.Checked f = filter.check();
        Where w = new Where();
        String select = columns(w, f.asOf());
        lists.overlapping(w, "commitment", "date", f.from(), f.to());
        if (parent == Parent.PARTICIPANT) {
            w.and(party(null, "= " + correlation));
        } else if (f.participant() != null) {
            w.and(party(null, "= any(" + w.param(List.copyOf(participants.resolve(f.participant(), "participant"))) + ")"));
        }
        if (f.madeBy() != null) {
            w.and(party(PartyRelation.MADE_BY,
                    "= any(" + w.param(List.copyOf(participants.resolve(f.madeBy(), "madeBy"))) + ")"));
        }
        if (f.binds() != null) {
            w.and(party(PartyRelation.BINDS, "= any(" + w.param(List.copyOf(participants.resolve(f.binds(), "binds"))) + ")"));
        }
        if (f.kind() != null) {
            w.and("e.kind = any(" + w.param(f.kind()) + ")");
        }
        if (f.status() != null) {
            w.and(AssessmentRepository.status(w, Subject.COMMITMENT, "e", f.asOf()) + " = any(" + w.param(f.status()) + ")");
        }
        if (parent == Parent.MEETING) {
            w.and("e.meeting_id = " + correlation);
        } else if (f.meeting() != null) {
            w.and("e.meeting_id = any(" + w.param(meetings.idsBySlugs(f.meeting(), "meeting")) + ")");
        }
        if (f.text() != null) {
            w.and("lower(e.summary) like " + w.contains(f.text()) + " escape '!'");
        }
        if (f.slug() != null) {
            w.and("e.slug = any(" + w.param(f.slug()) + ")");
        }
        EvidenceRepository.knownOn(w, Subject.COMMITMENT, "e", f.asOf());
        return new ListQuery("commitments", select, "commitment e", w);
    }

    private static String party(PartyRelation relation, String participantTest) {
        return "exists (select 1 from commitment_party cp where cp.commitment_id = e.id and cp.participant_id "
                + participantTest + (relation == null ? "" : " and cp.relation = '" + relation.name() + "'") + ")";
    }

    /** Commitments by id, as known on {@code asOf} (with the status assessed then). */
    public Map<Long, CommitmentRow> byIds(Collection<Long> ids, LocalDate asOf) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Where w = new Where();
        String select = columns(w, asOf);
        w.and("e.id = any(" + w.param(List.copyOf(ids)) + ")");
        EvidenceRepository.knownOn(w, Subject.COMMITMENT, "e", asOf);
        Map<Long, CommitmentRow> found = new LinkedHashMap<>();
        sql.lookup("select " + select + " from commitment e" + w.clause(), w.params(), CommitmentRepository::row)
                .forEach(c -> found.put(c.id(), c));
        return found;
    }

    /** One commitment by slug, as known on {@code asOf}. */
    public Optional<CommitmentRow> bySlug(String slug, LocalDate asOf) {
        return pendingBySlug(slug, asOf).run();
    }

    /** As {@link #bySlug}, as a lookup not yet run (its {@link Pending#keys} the commitment's id, if found). */
    public Pending<Optional<CommitmentRow>> pendingBySlug(String slug, LocalDate asOf) {
        Where w = new Where();
        String select = columns(w, asOf);
        w.and("e.slug = " + w.param(slug));
        EvidenceRepository.knownOn(w, Subject.COMMITMENT, "e", asOf);
        return Pending.one(sql, "select " + select + " from commitment e" + w.clause(), w.params(), CommitmentRepository::row);
    }

    /** The ids of the commitments with these slugs; an unknown slug is the client's error, named. */
    public List<Long> idsBySlugs(List<String> slugs, String parameter) {
        return lists.idsBySlugs("commitment", slugs, parameter);
    }

    /** Who made a commitment and whom it binds, each by name. */
    public record Parties(List<ParticipantRow> madeBy, List<ParticipantRow> binds) {

        public List<ParticipantRow> of(PartyRelation relation) {
            return relation == PartyRelation.MADE_BY ? madeBy : binds;
        }
    }

    /** The parties of the commitments (both relations in one statement), by commitment id. */
    public Map<Long, Parties> parties(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, Parties> grouped = new LinkedHashMap<>();
        sql.lookup("select cp.commitment_id, cp.relation, " + ParticipantRepository.COLUMNS + " from " + partiesOf("ids")
                + " order by e.name, e.id", new Params().bind("ids", List.copyOf(ids)), r -> {
                    Parties parties = grouped.computeIfAbsent(r.id("commitment_id"),
                            k -> new Parties(new ArrayList<>(), new ArrayList<>()));
                    parties.of(r.constant(PartyRelation.class, "relation")).add(ParticipantRepository.read(r));
                    return null;
                });
        return grouped;
    }

    /**
     * What follows {@code from} in a query of the parties of the commitments whose ids are bound to {@code :ids}: the
     * table {@code commitment_party cp} joined with the participant {@code e}, and the condition (here and in
     * {@link ReferenceRepository}).
     */
    static String partiesOf(String ids) {
        return "commitment_party cp join participant e on e.id = cp.participant_id where cp.commitment_id = any(:" + ids
                + ")";
    }

    /** Who made ({@code MADE_BY}) or is bound by ({@code BINDS}) the commitments, by name; by commitment id. */
    public Map<Long, List<ParticipantRow>> parties(Collection<Long> ids, PartyRelation relation) {
        Map<Long, List<ParticipantRow>> grouped = new LinkedHashMap<>();
        parties(ids).forEach((id, parties) -> grouped.put(id, parties.of(relation)));
        return grouped;
    }
}
